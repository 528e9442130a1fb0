package ru.sferumworkflow.platform;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, exactly as it ships, for the tests against the server. */
public final class ApplicationArchive {

    private ApplicationArchive() {
    }

    public static WebArchive asBuilt() {
        File war = new File(System.getProperty("it.war", "target/camunda.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
