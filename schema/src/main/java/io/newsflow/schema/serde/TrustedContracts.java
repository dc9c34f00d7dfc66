package io.newsflow.schema.serde;

import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.Story;
import io.newsflow.schema.Topic;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro (1.12.2 on) instantiates only classes it is told to trust when a schema names a Java class, so a
 * crafted schema cannot make a reader load an arbitrary class. Our readers trust exactly the generated
 * contract classes, on top of whatever the process already trusts.
 */
public final class TrustedContracts {

    private static volatile boolean trusted;

    private TrustedContracts() {}

    /** Adds the contract classes to Avro's trusted classes; idempotent. */
    public static synchronized void ensure() {
        if (trusted) {
            return;
        }
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                ClassSecurityValidator.getGlobal(),
                ClassSecurityValidator.builder()
                        .add(Article.class)
                        .add(DeadLetter.class)
                        .add(PageSource.class)
                        .add(RawPage.class)
                        .add(Story.class)
                        .add(Topic.class)
                        .build()));
        trusted = true;
    }
}
