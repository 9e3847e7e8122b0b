package vn.kcnatlas.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: bcrypt, each hash prefixed with its algorithm ({@code {bcrypt}…}), so a
 * stronger one can take over later while old hashes still verify. Outside {@link SecurityConfiguration}
 * because the accounts are there for the command-line process too, which has no web security.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
