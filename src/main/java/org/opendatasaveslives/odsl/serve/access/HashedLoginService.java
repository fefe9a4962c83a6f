package org.opendatasaveslives.odsl.serve.access;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jetty.security.AbstractLoginService;
import org.eclipse.jetty.security.RolePrincipal;
import org.eclipse.jetty.security.UserPrincipal;

/** Jetty's view of the users file: checks HTTP Basic credentials against the PBKDF2 hashes, read once at start. */
final class HashedLoginService extends AbstractLoginService {
    static final String REALM = "ODSL Graph";

    private final Map<String, UserAccount> users;
    private final Map<String, HashedCredential> credentials;

    HashedLoginService(List<UserAccount> users) {
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(UserAccount::name, Function.identity()));
        this.credentials = users.stream()
                .collect(Collectors.toUnmodifiableMap(UserAccount::name, u -> new HashedCredential(u.password())));
        setName(REALM);
    }

    @Override
    protected UserPrincipal loadUserInfo(String username) {
        HashedCredential credential = credentials.get(username);
        return credential == null ? null : new UserPrincipal(username, credential);
    }

    @Override
    protected List<RolePrincipal> loadRoleInfo(UserPrincipal user) {
        UserAccount account = users.get(user.getName());
        return account == null ? List.of() : account.roles().stream().map(r -> new RolePrincipal(r.id())).toList();
    }
}
