package kiku.account;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The five roles of the API contract. Each role adds to what a viewer may do. */
public enum Role {
    viewer, officer, rater, manager, admin;

    public static final String VIEWER = "viewer";
    public static final String OFFICER = "officer";
    public static final String RATER = "rater";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";

    private static final Set<String> NAMES = Arrays.stream(values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    /** Every role's name, as accounts store and the API shows them. */
    public static Set<String> names() {
        return NAMES;
    }
}
