/** Number formatting and machine facts shared by every benchmark report; depends on nothing else of the benchmarks. */
package org.propertydesk.benchmarks.figures;
