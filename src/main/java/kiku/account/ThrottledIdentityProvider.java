package kiku.account;

import io.quarkus.elytron.security.common.BcryptUtil;
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
import java.util.UUID;
import org.hibernate.SessionFactory;

/**
 * Every password check (form login and HTTP Basic) passes here first: a locked username or address
 * fails exactly like a wrong password, otherwise security-jpa's provider checks the password and
 * the outcome is counted (see {@link LoginThrottle}). Runs before that provider (higher priority),
 * which therefore never sees a request of its own.
 */
@ApplicationScoped
public class ThrottledIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** A hash no password matches, checked for unknown names so that they take as long as known ones. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash(UUID.randomUUID().toString());

    private final JpaIdentityProvider accounts;
    private final SessionFactory sessions;
    private final LoginThrottle throttle;

    @Inject
    ThrottledIdentityProvider(JpaIdentityProvider accounts, SessionFactory sessions, LoginLimits limits) {
        this.accounts = accounts;
        this.sessions = sessions;
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
                .onFailure(AuthenticationFailedException.class).call(failure -> context.runBlocking(() -> {
                    if (!exists(username)) {
                        BcryptUtil.matches(new String(request.getPassword().getPassword()), DUMMY_HASH);
                    }
                    throttle.failed(username, address);
                    return null;
                }));
    }

    private boolean exists(String username) {
        try (var session = sessions.openSession()) {
            return session.createQuery("select count(u) from User u where u.username = :name", Long.class)
                    .setParameter("name", username).getSingleResult() > 0;
        }
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
