package org.propertydesk.domain.handover;

/**
 * The shared items of R-HO-2 and R-HO-5 (办公用品、通信器材、资料、样板间钥匙、财务票据). Office
 * equipment, receipts and cash are checked against the handover register by quantity.
 */
public enum ItemCategory {
    OFFICE_SUPPLIES(false),
    OFFICE_EQUIPMENT(true),
    RADIO(false),
    DOCUMENTS(false),
    SHOW_FLAT_KEY(false),
    RECEIPTS(true),
    CASH(true);

    private final boolean checkedAgainstRegister;

    ItemCategory(boolean checkedAgainstRegister) {
        this.checkedAgainstRegister = checkedAgainstRegister;
    }

    /** Whether the counted quantity must match the register, or the mismatch be verified (R-HO-5). */
    public boolean checkedAgainstRegister() {
        return checkedAgainstRegister;
    }
}
