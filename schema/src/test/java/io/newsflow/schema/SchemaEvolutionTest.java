package io.newsflow.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the contracts other services consume: today's schemas must read data written with the
 * released baseline and vice versa (full compatibility). When a release changes a schema on purpose,
 * copy it to src/test/resources/baseline/ in the same commit.
 */
class SchemaEvolutionTest {

    private static Schema load(Path dir, String name) throws IOException {
        Schema.Parser parser = new Schema.Parser();
        for (String file : List.of("Topic.avsc", "RawPage.avsc", "Article.avsc", "DeadLetter.avsc", "Story.avsc")) {
            parser.parse(dir.resolve(file).toFile());
        }
        return parser.getTypes().get("io.newsflow.schema." + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RawPage", "Article", "DeadLetter", "Story"})
    void currentSchemaIsFullyCompatibleWithTheBaseline(String name) throws IOException {
        Schema current = load(Path.of("src/main/avro"), name);
        Schema baseline = load(Path.of("src/test/resources/baseline"), name);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(current, baseline)
                        .getType())
                .as("%s: new readers read old data", name)
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(baseline, current)
                        .getType())
                .as("%s: old readers read new data", name)
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RawPage", "Article", "DeadLetter", "Story"})
    void everyFieldIsDocumented(String name) throws IOException {
        for (Schema.Field field : load(Path.of("src/main/avro"), name).getFields()) {
            assertThat(field.doc()).as("%s.%s has a doc", name, field.name()).isNotBlank();
        }
    }
}
