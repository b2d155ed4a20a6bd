package kiku.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.SessionFactory;

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
    private final SessionFactory sessions;
    private final LoginThrottle throttle;
    /** API clients send their password with every request; bcrypt runs once per password and hash. */
    private final VerifiedPasswords verified = new VerifiedPasswords();

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
        String password = new String(request.getPassword().getPassword());
        // the hash read before security-jpa checks the password: remembering it is safe even if the
        // password changes meanwhile, because an outdated hash is never stored again
        AtomicReference<String> hashSeen = new AtomicReference<>();
        return context.runBlocking(() -> {
            User stored = lookup(username);
            hashSeen.set(stored == null ? null : stored.password);
            return stored != null && verified.knownMatch(password, stored.password) ? identity(stored) : null;
        }).flatMap(known -> known != null ? Uni.createFrom().item(known)
                : accounts.authenticate(request, context).onItem().invoke(identity -> {
                    if (hashSeen.get() != null) {
                        verified.rememberMatch(password, hashSeen.get());
                    }
                }))
                .onItem().invoke(identity -> throttle.succeeded(username))
                .onFailure(AuthenticationFailedException.class).invoke(failure -> throttle.failed(username, address));
    }

    /** The account's hash and roles, read fresh on every request so a changed password or role counts at once. */
    private User lookup(String username) {
        try (var session = sessions.openSession()) {
            return session.createQuery("from User u where u.username = :name", User.class)
                    .setParameter("name", username).getResultStream().findFirst().orElse(null);
        }
    }

    private static SecurityIdentity identity(User user) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user.username))
                .addRoles(new HashSet<>(user.roleList())).build();
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
