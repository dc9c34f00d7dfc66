package io.newsflow.schema.registry;

import io.apicurio.registry.client.RegistryClientFactory;
import io.apicurio.registry.client.common.RegistryClientOptions;
import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.client.models.CreateArtifact;
import io.apicurio.registry.rest.client.models.CreateRule;
import io.apicurio.registry.rest.client.models.CreateVersion;
import io.apicurio.registry.rest.client.models.IfArtifactExists;
import io.apicurio.registry.rest.client.models.RuleType;
import io.apicurio.registry.rest.client.models.VersionContent;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Registers each topic's value schema in the registry under the {@value #COMPATIBILITY} compatibility rule,
 * where the serializers will look for it ({@code default} group, artifact {@code <topic>-value}).
 *
 * <p>FULL, not BACKWARD: the topics are read by services we do not deploy (they upgrade after us, so an old
 * reader must read new records: forward) and re-read by our own newer stages (dead letters are kept forever
 * and replayed, the sink restores from changelogs: backward). Every field has a default, so FULL costs
 * nothing that BACKWARD would allow; {@code SchemaEvolutionTest} checks the same rule at build time.
 */
public final class RegistrySchemas {

    public static final String COMPATIBILITY = "FULL";
    static final String GROUP = "default";

    private RegistrySchemas() {}

    /** Registers (or finds) each schema and sets the rule where the artifact has none; idempotent. */
    public static void register(String registryUrl, Map<String, Schema> valueSchemaByTopic) {
        RegistryClient client = RegistryClientFactory.create(RegistryClientOptions.create(registryUrl));
        valueSchemaByTopic.forEach((topic, schema) -> register(client, topic + "-value", schema));
    }

    private static void register(RegistryClient client, String artifactId, Schema schema) {
        var artifacts = client.groups().byGroupId(GROUP).artifacts();
        artifacts.post(
                artifact(artifactId, schema),
                c -> c.queryParameters.ifExists = IfArtifactExists.FIND_OR_CREATE_VERSION);
        var rules = artifacts.byArtifactId(artifactId).rules();
        List<RuleType> existing = rules.get();
        if (existing == null || !existing.contains(RuleType.COMPATIBILITY)) {
            CreateRule rule = new CreateRule();
            rule.setRuleType(RuleType.COMPATIBILITY);
            rule.setConfig(COMPATIBILITY);
            rules.post(rule);
        }
    }

    private static CreateArtifact artifact(String artifactId, Schema schema) {
        VersionContent content = new VersionContent();
        content.setContent(schema.toString());
        content.setContentType("application/json");
        CreateVersion version = new CreateVersion();
        version.setContent(content);
        CreateArtifact artifact = new CreateArtifact();
        artifact.setArtifactId(artifactId);
        artifact.setArtifactType("AVRO");
        artifact.setFirstVersion(version);
        return artifact;
    }
}
