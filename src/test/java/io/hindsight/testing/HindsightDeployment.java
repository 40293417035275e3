package io.hindsight.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed as it is: integration tests exercise what users run. */
public final class HindsightDeployment {

  private HindsightDeployment() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("hindsight.war", "target/ROOT.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (./mvnw verify): " + war);
    }
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
