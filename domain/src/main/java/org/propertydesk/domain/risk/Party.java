package org.propertydesk.domain.risk;

/** Who a notice is addressed to. */
public enum Party {
    /** 业主. */
    OWNER,
    /** 非业主使用人: tenant or other occupant. */
    OCCUPANT,
    /** 商铺. */
    SHOP,
    /** 重要单位: key units such as hospitals, schools or data rooms on the estate. */
    KEY_UNIT,
    /** 张贴公示: a notice posted in a public place of the estate. */
    PUBLIC_POSTING,
    /** 政府主管部门: the government authority a rectification notice is copied to. */
    AUTHORITY
}
