package io.newsflow.app;

/**
 * Whether this jar holds the embedded Kafka broker. {@code newsflow.jar} does; {@code newsflow-stages.jar}, the
 * one the image ships, leaves the broker out, so {@code local} and {@code bench} refuse with a usage error there
 * instead of dying on a missing class.
 */
final class EmbeddedBrokerJar {

    private static final String BROKER_CLASS = "io.newsflow.broker.EmbeddedKafkaBroker";

    private EmbeddedBrokerJar() {}

    /** True when the broker's classes can be loaded; otherwise prints why {@code command} cannot run. */
    static boolean presentFor(String command) {
        try {
            Class.forName(BROKER_CLASS, false, EmbeddedBrokerJar.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            System.err.println("newsflow " + command + ": this jar holds no embedded Kafka broker (it is"
                    + " newsflow-stages.jar, the image's jar for the stages); run " + command
                    + " with newsflow.jar");
            return false;
        }
    }
}
