package kiku.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Every password check (form login and HTTP Basic) passes here first: a locked username or address
 * fails exactly like a wrong password, otherwise security-jpa's provider checks the password and
 * the outcome is counted (see {@link LoginThrottle}). Runs before that provider (higher priority),
 * which therefore never sees a request of its own. For an unknown name security-jpa hashes a random
 * password (JpaIdentityProviderUtil.passwordAction), so it takes as long as a wrong password.
 */
@ApplicationScoped
public class ThrottledIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final JpaIdentityProvider accounts;
    private final LoginThrottle throttle;

    @Inject
    ThrottledIdentityProvider(JpaIdentityProvider accounts, LoginLimits limits) {
        this.accounts = accounts;
        this.throttle = new LoginThrottle(new LoginThrottle.Limits(limits.maxFailuresPerUser(),
                limits.maxFailuresPerAddress(), limits.window(), limits.lockout(), 100_000), Clock.systemUTC());
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        // before security-jpa's provider, which keeps the interface's default
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String username = request.getUsername();
        String address = address(request);
        if (!throttle.allowed(username, address)) {
            // answered at once: spending bcrypt time on refusals would only help a flood of them
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return accounts.authenticate(request, context)
                .onItem().invoke(identity -> throttle.succeeded(username))
                .onFailure(AuthenticationFailedException.class).invoke(failure -> throttle.failed(username, address));
    }

    /** The client's address; behind a proxy, the forwarded one when quarkus.http.proxy.* is set up. */
    private static String address(UsernamePasswordAuthenticationRequest request) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (rc == null || rc.request().remoteAddress() == null) {
            return "unknown";
        }
        return rc.request().remoteAddress().hostAddress();
    }
}
