package io.hindsight.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A runbook repository of the size of a real team's, generated into a bare remote in one commit and
 * registered once for the whole IT run: {@value #TEAMS} team folders of {@value #SERVICES} service
 * folders each, {@value #PER_SERVICE} runbooks per service, an archive folder one level deeper, a
 * README per team and one at the top (whose table lists only a few runbooks, so that lint reports
 * every other one as unlisted). Every seventh runbook has no owner ({@code missing-owner}), every
 * eleventh a link to a file that is not there ({@code broken-link}).
 */
public final class GeneratedRunbooks {

  public static final int TEAMS = 8;
  public static final int SERVICES = 5;
  public static final int PER_SERVICE = 30;
  public static final int ARCHIVED = 12;
  public static final String FOLDER = "runbooks";

  /** Runbooks, index pages apart. */
  public static final int RUNBOOKS = TEAMS * SERVICES * PER_SERVICE + ARCHIVED;

  /** The top README and one per team. */
  public static final int INDEX_PAGES = 1 + TEAMS;

  private static final String[] SEVERITIES = {"P1", "high", "Sev3", "low", "critical", "P2"};

  private static String key;

  private GeneratedRunbooks() {}

  /** The key of the generated repository, generated and synced at the first call of the run. */
  public static synchronized String registered(ApiClient admin) {
    if (key == null) {
      String fresh = "gen-" + UUID.randomUUID().toString().substring(0, 8);
      BareRemote remote =
          BareRemote.create(
              TestServer.dataDir().resolve("remotes").resolve(fresh + ".git"), "main");
      remote.commit("Gen Author", "Generated runbooks", files());
      String body =
          Json.createObjectBuilder()
              .add("key", fresh)
              .add("name", "Generated " + fresh)
              .add("url", remote.url())
              .add("branch", "main")
              .add("folder", FOLDER)
              .build()
              .toString();
      ApiClient.Reply reply = admin.post("api/v1/repositories", body);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      FirstSync.await(admin, fresh);
      key = fresh;
    }
    return key;
  }

  public static String team(int t) {
    return String.format("team-%02d", t);
  }

  public static String service(int s) {
    return String.format("svc-%02d", s);
  }

  /** Every generated file, by path, with its text. */
  public static Map<String, String> paths() {
    Map<String, String> texts = new LinkedHashMap<>();
    files().forEach((path, text) -> texts.put(path, text.toString()));
    return texts;
  }

  static Map<String, Object> files() {
    Map<String, Object> files = new LinkedHashMap<>();
    files.put(
        FOLDER + "/README.md",
        "# Generated runbooks\n\n| Runbook | Purpose | Severity |\n|---|---|---|\n"
            + "| [First](team-00/svc-00/alert-000.md) | The first quokka alert | P1 |\n"
            + "| [Second](team-00/svc-00/alert-001.md) | The second quokka alert | P2 |\n");
    int n = 0;
    for (int t = 0; t < TEAMS; t++) {
      String team = FOLDER + "/" + team(t);
      files.put(
          team + "/README.md", "# Team " + t + "\n\nThe runbooks of quokka team " + t + ".\n");
      for (int s = 0; s < SERVICES; s++) {
        for (int r = 0; r < PER_SERVICE; r++) {
          files.put(
              team + "/" + service(s) + "/" + String.format("alert-%03d.md", r),
              runbook(n++, team(t), service(s)));
        }
      }
    }
    for (int a = 0; a < ARCHIVED; a++) {
      files.put(
          FOLDER + "/team-00/svc-00/archive/" + String.format("old-%02d.md", a),
          runbook(n++, "team-00", "svc-00"));
    }
    return files;
  }

  private static String runbook(int n, String team, String service) {
    StringBuilder text = new StringBuilder("---\n");
    text.append("title: Quokka ").append(service).append(" alert ").append(n).append('\n');
    if (n % 7 != 0) {
      text.append("owner: ").append(team).append('\n');
    }
    text.append("severity: ").append(SEVERITIES[n % SEVERITIES.length]).append('\n');
    text.append("services: [").append(team).append('-').append(service).append("]\n---\n");
    text.append("# Quokka ").append(service).append(" alert ").append(n).append("\n\n");
    text.append("## Meaning\n\nThe gauge ").append(n).append(" of ").append(service);
    text.append(" is out of range.\n\n## Impact\n\nSome requests are slow.\n\n");
    text.append("## Mitigation\n\n1. Look at the gauge.\n2. Turn the widget off and on.\n\n");
    text.append(
        "## Validation\n\nThe gauge is back in range.\n\n## Undo\n\nTurn the widget on.\n\n");
    text.append("## Contacts\n\nThe ").append(team).append(" channel.\n");
    if (n % 11 == 0) {
      text.append("\nSee [the old notes](./notes-").append(n).append(".md).\n");
    }
    return text.toString();
  }

  /** How many generated runbooks {@code rule} finds: missing-owner or broken-link. */
  public static int withFinding(String rule) {
    int divisor =
        switch (rule) {
          case "missing-owner" -> 7;
          case "broken-link" -> 11;
          default -> throw new IllegalArgumentException(rule);
        };
    return (RUNBOOKS + divisor - 1) / divisor;
  }
}
