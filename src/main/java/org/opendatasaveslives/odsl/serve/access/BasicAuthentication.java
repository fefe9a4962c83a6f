package org.opendatasaveslives.odsl.serve.access;

import java.util.List;

import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.DefaultIdentityService;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;

/**
 * HTTP Basic authentication over the users file. No path requires a login, so anonymous requests read the open
 * graphs; a request that sends credentials is authenticated ({@link CredentialsFilter} refuses wrong ones), and
 * {@value #LOGIN_PATH} asks for them, which makes a browser prompt for a password and send it from then on.
 */
public final class BasicAuthentication {
    public static final String LOGIN_PATH = "/login";

    private BasicAuthentication() {
    }

    public static ConstraintSecurityHandler securityHandler(List<UserAccount> users) {
        ConstraintSecurityHandler handler = new ConstraintSecurityHandler();
        DefaultIdentityService identities = new DefaultIdentityService();
        HashedLoginService login = new HashedLoginService(users);
        login.setIdentityService(identities);
        handler.setIdentityService(identities);
        handler.setLoginService(login);
        handler.setAuthenticator(new BasicAuthenticator());
        handler.setRealmName(HashedLoginService.REALM);
        ConstraintMapping loginPage = new ConstraintMapping();
        loginPage.setPathSpec(LOGIN_PATH);
        loginPage.setConstraint(new Constraint.Builder().name("login").authorization(Constraint.Authorization.ANY_USER).build());
        handler.addConstraintMapping(loginPage);
        return handler;
    }
}
