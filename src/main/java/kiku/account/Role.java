package kiku.account;

/** The five roles of the API contract. Each role adds to what a viewer may do. */
public enum Role {
    viewer, officer, rater, manager, admin;

    public static final String VIEWER = "viewer";
    public static final String OFFICER = "officer";
    public static final String RATER = "rater";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
}
