package io.hindsight.incident.application;

import io.hindsight.incident.domain.Incident;
import java.util.List;

/** One page of a list of incidents, and how many there are in all. */
public record IncidentPage(List<Incident> items, int page, int size, long total) {}
