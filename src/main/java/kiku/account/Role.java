package kiku.account;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** The five roles of the API contract. Each role adds to what a viewer may do. */
public enum Role {
    viewer, officer, rater, manager, admin;

    public static final String VIEWER = "viewer";
    public static final String OFFICER = "officer";
    public static final String RATER = "rater";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";

    // Not Set.of or toUnmodifiableSet: those throw on contains(null), and a null role is bad input to refuse.
    private static final Set<String> NAMES;

    static {
        Set<String> names = new HashSet<>();
        for (Role role : values()) {
            names.add(role.name());
        }
        NAMES = Collections.unmodifiableSet(names);
    }

    /** Every role's name, as accounts store and the API shows them; contains(null) is false. */
    public static Set<String> names() {
        return NAMES;
    }
}
