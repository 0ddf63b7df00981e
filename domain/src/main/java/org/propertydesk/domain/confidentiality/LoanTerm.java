package org.propertydesk.domain.confidentiality;

/** How long a loan may last (R-CF-4); the numbers are in {@link LoanPolicy}. */
public enum LoanTerm {
    /** 当天借阅,当天归还: a classified document comes back the day it was lent. */
    SAME_DAY,
    /** 短期使用: an archive original for at most 7 days. */
    SHORT_TERM,
    /** 长期使用: an archive original for at most 15 days. */
    LONG_TERM
}
