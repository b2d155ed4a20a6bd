package kiku.web;

import io.quarkus.security.ForbiddenException;

/**
 * The role check of a page's form POST. It runs inside the method instead of as
 * {@code @RolesAllowed}, because that check runs before the CSRF filter: the 403 page would then
 * render the layout (with its sign-out form) while no CSRF token exists yet, and fail with a 500.
 */
public final class PageAccess {

    private PageAccess() {}

    /** 403 unless the signed-in person holds the role (admin holds every role). */
    public static void require(PageContext page, String role) {
        if (!page.hasRole(role)) {
            throw new ForbiddenException();
        }
    }
}
