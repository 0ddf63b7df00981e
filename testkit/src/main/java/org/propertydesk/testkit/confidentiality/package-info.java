/**
 * The records office in memory, for tests and examples: thread-safe in-memory adapters of the
 * confidentiality ports ({@code Documents}, {@code Loans}, {@code Custodies}, {@code Approvals})
 * and jqwik arbitraries of staff, documents and loans, valid by construction (R-CF-1..R-CF-10).
 */
@BoundedContext(name = "Confidentiality", id = "confidentiality")
package org.propertydesk.testkit.confidentiality;

import org.jmolecules.ddd.annotation.BoundedContext;
