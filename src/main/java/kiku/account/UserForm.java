package kiku.account;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The user form's fields as typed; the password is never sent back to the browser. */
public class UserForm {

    @RestForm
    public String username;

    @RestForm
    public String displayName;

    @RestForm
    public String password;

    @RestForm
    public List<String> roles = new ArrayList<>();

    @RestForm
    public String version;

    public static UserForm blank() {
        UserForm form = new UserForm();
        form.roles.add(Role.VIEWER);
        return form;
    }

    public static UserForm of(User user) {
        UserForm form = new UserForm();
        form.username = user.username;
        form.displayName = user.displayName;
        form.roles.addAll(user.roleList());
        form.version = String.valueOf(user.version);
        return form;
    }

    public boolean has(Role role) {
        return roles.contains(role.name());
    }

    /** A blank password on an edit means "keep the current one". */
    UserService.UserInput toInput(boolean editing) {
        String typed = editing && (password == null || password.isEmpty()) ? null : password;
        Long parsedVersion;
        try {
            parsedVersion = version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            parsedVersion = null;
        }
        return new UserService.UserInput(username, typed, displayName, List.copyOf(roles), parsedVersion);
    }
}
