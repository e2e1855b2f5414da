package io.quintet.crm.testsupport.keycloak;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Puts {@link KeycloakTestResource} under every {@code @QuarkusTest}: a global test resource is part
 * of every test class's resources, so all classes still share one Quarkus boot and one Keycloak.
 * Nothing refers to this class; Quarkus finds the annotation in the test classes' index.
 */
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
public final class KeycloakForAllTests {

    private KeycloakForAllTests() {
    }
}
