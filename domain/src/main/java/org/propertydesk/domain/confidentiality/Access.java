package org.propertydesk.domain.confidentiality;

/** What a staff member wants to do with a document; each is an access decision (R-CF-2, R-CF-3, R-CF-4). */
public enum Access {
    /** 查阅 / 传阅: read it where it is kept. */
    READ,
    /** 复制: copy it (R-CF-3). */
    COPY,
    /** 摘抄: excerpt it (R-CF-3). */
    EXCERPT,
    /** 带离: take it out of the records office, which needs a loan (R-CF-4). */
    TAKE_OUT;

    public boolean reproduces() {
        return this == COPY || this == EXCERPT;
    }

    /** The name the audit trail records, e.g. {@code document.read}. */
    public String auditAction() {
        return "document." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
