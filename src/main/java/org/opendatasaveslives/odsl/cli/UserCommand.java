package org.opendatasaveslives.odsl.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.opendatasaveslives.odsl.serve.access.PasswordHash;
import org.opendatasaveslives.odsl.serve.access.Role;
import org.opendatasaveslives.odsl.serve.access.UserAccount;
import org.opendatasaveslives.odsl.serve.access.UsersFile;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code odsl user}: the users file of {@code odsl serve --users}. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage the users file of 'odsl serve --users'.",
        subcommands = {UserCommand.Add.class, CommandLine.HelpCommand.class})
public final class UserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code odsl user add}: adds a user or replaces their roles and password. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a user to the users file, or replace the roles and password of an existing one.",
                "The password is read from the console (asked twice) or, when there is no console, from the first line",
                "of standard input; it is never taken as an argument. Only its PBKDF2-HMAC-SHA256 hash is written.",
                "Roles: researcher (open releases), police, health, care (open + that agency's restricted releases),",
                "safeguarding (everything). Restart odsl serve to apply."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:user written", "2:bad name, role, password or file"})
    static final class Add implements Callable<Integer> {
        private static final int MINIMUM_PASSWORD_LENGTH = 12;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "User name (letters, digits, '.', '_', '@', '-').")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "A role of the user; repeat for several.")
        List<String> roles;

        @Option(names = "--users", required = true, paramLabel = "FILE", description = "The users file (created if missing).")
        Path users;

        @Option(names = "--iterations", hidden = true, defaultValue = "" + PasswordHash.DEFAULT_ITERATIONS)
        int iterations;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            char[] password = null;
            try {
                Set<Role> granted = EnumSet.noneOf(Role.class);
                roles.forEach(r -> granted.add(Role.parse(r)));
                UserAccount.checkName(name);
                password = readPassword();
                if (password.length < MINIMUM_PASSWORD_LENGTH) {
                    throw new IllegalArgumentException("The password is too short: use at least " + MINIMUM_PASSWORD_LENGTH
                            + " characters");
                }
                UsersFile.put(users, new UserAccount(name, granted, PasswordHash.of(password, iterations)));
                out.println("User " + name + " (" + String.join(", ", granted.stream().map(Role::id).toList())
                        + ") written to " + users.toAbsolutePath().normalize() + ". Restart odsl serve to apply.");
                out.flush();
                return 0;
            } catch (IllegalArgumentException | UncheckedIOException e) {
                err.println("odsl user add: " + e.getMessage());
                err.flush();
                return 2;
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }

        private char[] readPassword() {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password for %s: ", name);
                char[] second = console.readPassword("Repeat the password: ");
                try {
                    if (first == null || second == null || !Arrays.equals(first, second)) {
                        throw new IllegalArgumentException("The passwords differ (or input ended): nothing written");
                    }
                    return first.clone();
                } finally {
                    if (first != null) {
                        Arrays.fill(first, '\0');
                    }
                    if (second != null) {
                        Arrays.fill(second, '\0');
                    }
                }
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new IllegalArgumentException("No password on standard input: nothing written");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the password from standard input: " + e.getMessage(), e);
            }
        }
    }
}
