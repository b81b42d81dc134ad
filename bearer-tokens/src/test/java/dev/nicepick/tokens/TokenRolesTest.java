package dev.nicepick.tokens;

import dev.nicepick.api.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenRolesTest {

    @Test
    void eachRoleOfTheClaimIsAnAuthorityAndTheSubjectIsTheName() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "HS256").subject("auth0|ed")
                .claim(Roles.CLAIM, List.of(Roles.EDITOR, Roles.MODERATOR)).build();

        AbstractAuthenticationToken authentication = TokenRoles.converter().convert(jwt);

        assertThat(roles(authentication)).containsExactlyInAnyOrder("ROLE_editor", "ROLE_moderator");
        assertThat(authentication.getName()).isEqualTo("auth0|ed");
    }

    @Test
    void aTokenWithoutTheClaimHasNoRole() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "HS256").subject("reader").build();

        assertThat(roles(TokenRoles.converter().convert(jwt))).isEmpty();
    }

    /** The role authorities (Spring Security also adds one for the kind of proof, {@code FACTOR_BEARER}). */
    private static List<String> roles(AbstractAuthenticationToken authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(Roles.AUTHORITY_PREFIX)).toList();
    }
}
