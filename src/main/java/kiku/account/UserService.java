package kiku.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kiku.audit.AuditTrail;
import kiku.web.Paging;
import kiku.web.Problem;
import kiku.web.Versions;

/** Accounts: passwords of at least 12 characters, not the username (NIST SP 800-63B), never returned. */
@ApplicationScoped
@Transactional
public class UserService {

    public record UserView(long id, String username, String displayName, List<String> roles, long version) {
        static UserView of(User u) {
            return new UserView(u.id, u.username, u.displayName, u.roleList(), u.version);
        }
    }

    public record UserInput(String username, String password, String displayName, List<String> roles, Long version) {}

    /** The audit trail's view of an account: never the password, only whether it changed. */
    public record AuditedUser(UserView user, boolean passwordChanged) {}

    @Inject
    AuditTrail audit;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final int MIN_PASSWORD = 12;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging.Result<UserView> list(Paging paging) {
        var query = User.<User>find("order by username");
        return paging.of(query.page(paging.page(), paging.size()).list().stream().map(UserView::of).toList(),
                query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public User get(long id) {
        User user = User.findById(id);
        if (user == null) {
            throw Problem.notFound("user", id);
        }
        return user;
    }

    public UserView create(UserInput input) {
        String username = input.username() == null ? "" : input.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw Problem.invalid("username", "user.username");
        }
        if (User.findByUsername(username).isPresent()) {
            throw Problem.conflict("user.duplicate", username);
        }
        User user = new User();
        user.username = username;
        user.password = hash(input.password(), username, true);
        apply(user, input);
        user.persist();
        audit.record("user", user.id, AuditTrail.Action.CREATE, null, new AuditedUser(UserView.of(user), true));
        return UserView.of(user);
    }

    /** Replaces name and roles; the password changes only when one is sent. The username stays. */
    public UserView update(long id, UserInput input) {
        User user = get(id);
        Versions.check(user.version, input.version());
        UserView before = UserView.of(user);
        if (input.password() != null) {
            user.password = hash(input.password(), user.username, true);
        }
        boolean wasAdmin = user.roleList().contains(Role.ADMIN);
        apply(user, input);
        if (wasAdmin && !user.roleList().contains(Role.ADMIN)) {
            requireAnotherAdmin(user);
        }
        Panache.getEntityManager().flush();
        audit.record("user", id, AuditTrail.Action.UPDATE, new AuditedUser(before, false),
                new AuditedUser(UserView.of(user), input.password() != null));
        return UserView.of(user);
    }

    public void delete(long id) {
        User user = get(id);
        if (user.roleList().contains(Role.ADMIN)) {
            requireAnotherAdmin(user);
        }
        audit.record("user", id, AuditTrail.Action.DELETE, new AuditedUser(UserView.of(user), false), null);
        user.delete();
    }

    /** Creates an account without the request checks (bootstrap and demo data). */
    public User createTrusted(String username, String password, String displayName, List<String> roles) {
        User user = new User();
        user.username = username;
        user.password = BcryptUtil.bcryptHash(password);
        user.displayName = displayName;
        user.roles = String.join(",", roles);
        user.persist();
        return user;
    }

    private static void apply(User user, UserInput input) {
        String displayName = input.displayName() == null || input.displayName().isBlank() ? user.username
                : input.displayName().strip();
        if (displayName.length() > 200) {
            throw Problem.invalid("displayName", "error.tooLong", 200);
        }
        user.displayName = displayName;
        user.roles = String.join(",", roles(input.roles()));
    }

    private static Set<String> roles(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw Problem.invalid("roles", "user.roles");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : requested) {
            if (!Role.names().contains(role)) {
                throw Problem.invalid("roles", "user.roles");
            }
            roles.add(role);
        }
        return roles;
    }

    private static String hash(String password, String username, boolean check) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw Problem.invalid("password", "user.passwordShort");
        }
        if (check && password.equalsIgnoreCase(username)) {
            throw Problem.invalid("password", "user.passwordIsUsername");
        }
        if (password.length() > 200) {
            throw Problem.invalid("password", "error.tooLong", 200);
        }
        return BcryptUtil.bcryptHash(password);
    }

    private static void requireAnotherAdmin(User user) {
        boolean another = User.<User>streamAll().anyMatch(u -> !u.id.equals(user.id) && u.roleList().contains(Role.ADMIN));
        if (!another) {
            throw Problem.conflict("user.lastAdmin");
        }
    }
}
