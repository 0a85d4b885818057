package io.github.vanban.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vanban.core.Agency;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Authority;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Diagnostic;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Extraction;
import io.github.vanban.core.ImmutableDocument;
import io.github.vanban.core.Level;
import io.github.vanban.core.Receipt;
import io.github.vanban.core.Relation;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Signer;
import io.github.vanban.core.Span;
import io.github.vanban.core.Task;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.core.deadline.Period;
import io.github.vanban.core.deadline.RecurrenceRule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON codec of the {@code vanban-extract/1} format: {@link #write(Extraction)} writes
 * the fields of {@code FORMAT.md} (agencies as canonical names) and the extra fields that
 * make the model round-trip — spans, the agency registry of each document ({@code
 * "agencies"}: kind, level, locality, parent of every name used), distribution list,
 * receipts, unparsed text and diagnostics. {@link #read(String)} reads it back, so that
 * {@code read(write(x)).equals(x)}.
 *
 * <p>Within one document an agency name stands for one agency: the registry keeps the
 * first agency met under each name. Instances are immutable and thread-safe.
 */
public final class ExtractionJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ExtractionJson() {}

  /** The extraction as pretty-printed JSON text. */
  public static String write(Extraction extraction) {
    try {
      return MAPPER.writeValueAsString(toTree(extraction));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** The extraction as a JSON tree. */
  public static ObjectNode toTree(Extraction extraction) {
    ObjectNode root = NODES.objectNode();
    root.put("format", Extraction.FORMAT);
    root.put("source", extraction.source());
    ArrayNode docs = root.putArray("documents");
    extraction.documents().forEach(d -> docs.add(document(d)));
    if (!extraction.diagnostics().isEmpty()) {
      ArrayNode diags = root.putArray("diagnostics");
      extraction.diagnostics().forEach(d -> diags.add(diagnostic(d)));
    }
    return root;
  }

  /**
   * One document as a JSON object of the format.
   *
   * <p>Each list is written by a method of its own: a document holds few items of each, and
   * small methods let the JIT compile each loop once instead of the whole document writer
   * again for every loop that turns hot.
   */
  public static ObjectNode document(Document d) {
    Map<String, Agency> registry = new LinkedHashMap<>();
    ObjectNode o = NODES.objectNode();
    o.put("number", d.number().map(DocumentNumber::printed).orElse(null));
    o.put("type", d.type().name());
    o.put("issuer", name(d.issuer(), registry));
    o.put("level", d.level().name());
    o.put("place", d.place().orElse(null));
    o.put("date", d.date().map(LocalDate::toString).orElse(null));
    o.put("subject", d.subject().orElse(null));
    strings(o.putArray("recipients"), d.recipients());
    if (d.signer().isPresent()) {
      o.set("signer", signer(d.signer().get()));
    } else {
      o.putNull("signer");
    }
    ArrayNode cites = o.putArray("citations");
    for (Citation c : d.citations()) {
      cites.add(citation(c, registry));
    }
    ArrayNode tasks = o.putArray("tasks");
    for (Task t : d.tasks()) {
      tasks.add(task(t, registry));
    }
    ArrayNode reporting = o.putArray("reporting");
    for (ReportingObligation r : d.reporting()) {
      reporting.add(reporting(r, registry));
    }
    strings(o.putArray("distribution"), d.distribution());
    ArrayNode receipts = o.putArray("receipts");
    for (Receipt r : d.receipts()) {
      receipts.add(receipt(r));
    }
    ObjectNode spans = o.putObject("spans");
    d.spans().forEach((f, s) -> spans.set(f.name(), span(s)));
    ArrayNode unparsed = o.putArray("unparsed");
    d.unparsed().forEach(s -> unparsed.add(span(s)));
    o.set("span", span(d.span()));
    o.put("source", d.source());
    agencies(o.putArray("agencies"), registry);
    return o;
  }

  private static ObjectNode signer(Signer s) {
    ObjectNode so = NODES.objectNode();
    so.put("name", s.name());
    so.put("title", s.title().orElse(null));
    so.put("authority", s.authority().map(Enum::name).orElse(null));
    so.set("span", span(s.span()));
    return so;
  }

  private static ObjectNode citation(Citation c, Map<String, Agency> registry) {
    ObjectNode co = NODES.objectNode();
    co.put("number", c.number().map(DocumentNumber::printed).orElse(null));
    co.put("type", c.type().name());
    co.put("date", c.date().map(LocalDate::toString).orElse(null));
    co.put("issuer", name(c.issuer(), registry));
    co.put("relation", c.relation().name());
    c.title().ifPresent(t -> co.put("title", t));
    co.set("span", span(c.span()));
    return co;
  }

  private static ObjectNode task(Task t, Map<String, Agency> registry) {
    ObjectNode to = NODES.objectNode();
    to.put("lead", name(Optional.of(t.lead()), registry));
    ArrayNode support = to.putArray("support");
    t.support().forEach(a -> support.add(name(Optional.of(a), registry)));
    to.put("text", t.text());
    to.set("deadline", deadline(t.deadline()));
    to.set("span", span(t.span()));
    return to;
  }

  private static ObjectNode reporting(ReportingObligation r, Map<String, Agency> registry) {
    ObjectNode ro = NODES.objectNode();
    ro.put("reporter", name(Optional.of(r.reporter()), registry));
    ro.put("recipient", name(Optional.of(r.recipient()), registry));
    ro.put("via", name(r.via(), registry));
    ro.set("deadline", deadline(r.deadline()));
    ro.put("text", r.text());
    ro.set("span", span(r.span()));
    return ro;
  }

  private static ObjectNode receipt(Receipt r) {
    ObjectNode ro = NODES.objectNode();
    ro.put("number", r.number().orElse(null));
    ro.put("date", r.date().map(LocalDate::toString).orElse(null));
    ro.set("span", span(r.span()));
    return ro;
  }

  /**
   * Writes the agencies of {@code registry} into {@code agencies}, in the order they entered
   * it; parents enter the registry while it is written out, so it is read over a growing copy.
   */
  private static void agencies(ArrayNode agencies, Map<String, Agency> registry) {
    Map<String, Agency> written = new LinkedHashMap<>();
    while (written.size() < registry.size()) {
      for (Agency a : new java.util.ArrayList<>(registry.values())) {
        if (written.putIfAbsent(a.name(), a) == null) {
          ObjectNode ao = agencies.addObject();
          ao.put("name", a.name());
          ao.put("kind", a.kind().name());
          ao.put("level", a.level().name());
          ao.put("locality", a.locality().orElse(null));
          ao.put("parent", name(a.parent(), registry));
        }
      }
    }
  }

  /** A deadline as its JSON object: {@code {"kind": "DATE", "date": "2020-06-30", "text": …}}. */
  public static ObjectNode deadline(Deadline d) {
    ObjectNode o = NODES.objectNode();
    o.put("kind", d.kind().name());
    if (d instanceof Deadline.OnDate) {
      o.put("date", ((Deadline.OnDate) d).date().toString());
    } else if (d instanceof Deadline.Recurring) {
      o.put("rrule", ((Deadline.Recurring) d).rule().toString());
    } else if (d instanceof Deadline.Periodic) {
      o.put("period", ((Deadline.Periodic) d).period().map(Enum::name).orElse(null));
    }
    o.put("text", d.text());
    return o;
  }

  /** Reads a deadline object back. */
  public static Deadline readDeadline(JsonNode o) {
    if (o == null || o.isNull()) {
      return Deadline.none();
    }
    String text = o.path("text").asText("");
    Deadline.Kind kind = Deadline.Kind.valueOf(required(o, "kind").asText());
    switch (kind) {
      case DATE:
        return Deadline.on(date(required(o, "date")), text);
      case RECURRING:
        return Deadline.recurring(RecurrenceRule.parse(required(o, "rrule").asText()), text);
      case PERIODIC:
        JsonNode p = o.get("period");
        return Deadline.periodic(p == null || p.isNull() ? null : Period.valueOf(p.asText()), text);
      case ON_EVENT:
        return Deadline.onEvent(text);
      default:
        return Deadline.none();
    }
  }

  /**
   * Reads an extraction written by {@link #write(Extraction)}.
   *
   * @throws JsonFormatException if the text is not JSON of the format
   */
  public static Extraction read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new JsonFormatException("not JSON: " + e.getOriginalMessage(), e);
    }
    try {
      if (!Extraction.FORMAT.equals(root.path("format").asText())) {
        throw new JsonFormatException("not " + Extraction.FORMAT + ": format is '" + root.path("format").asText() + "'");
      }
      var out = Extraction.builder().source(root.path("source").asText(""));
      for (JsonNode d : root.path("documents")) {
        out.addDocuments(readDocument(d));
      }
      for (JsonNode d : root.path("diagnostics")) {
        out.addDiagnostics(readDiagnostic(d));
      }
      return out.build();
    } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
      throw new JsonFormatException("malformed " + Extraction.FORMAT + ": " + e.getMessage(), e);
    }
  }

  /** Reads one document object. */
  public static Document readDocument(JsonNode o) {
    Map<String, JsonNode> registry = new LinkedHashMap<>();
    for (JsonNode a : o.path("agencies")) {
      registry.put(required(a, "name").asText(), a);
    }
    Map<String, Agency> cache = new LinkedHashMap<>();
    ImmutableDocument.Builder b = Document.builder();
    text(o, "number").ifPresent(n -> b.number(DocumentNumber.of(n)));
    b.type(DocumentType.valueOf(required(o, "type").asText()));
    text(o, "issuer").ifPresent(n -> b.issuer(agency(n, registry, cache)));
    b.level(Level.valueOf(o.path("level").asText(Level.UNKNOWN.name())));
    text(o, "place").ifPresent(b::place);
    text(o, "date").ifPresent(s -> b.date(LocalDate.parse(s)));
    text(o, "subject").ifPresent(b::subject);
    o.path("recipients").forEach(r -> b.addRecipients(r.asText()));
    JsonNode s = o.get("signer");
    if (s != null && !s.isNull()) {
      var sb = Signer.builder().name(required(s, "name").asText()).span(readSpan(s.get("span")));
      text(s, "title").ifPresent(sb::title);
      text(s, "authority").ifPresent(a -> sb.authority(Authority.valueOf(a)));
      b.signer(sb.build());
    }
    for (JsonNode c : o.path("citations")) {
      var cb = Citation.builder()
          .type(DocumentType.valueOf(required(c, "type").asText()))
          .relation(Relation.valueOf(required(c, "relation").asText()))
          .span(readSpan(c.get("span")));
      text(c, "number").ifPresent(n -> cb.number(DocumentNumber.of(n)));
      text(c, "date").ifPresent(d -> cb.date(LocalDate.parse(d)));
      text(c, "issuer").ifPresent(n -> cb.issuer(agency(n, registry, cache)));
      text(c, "title").ifPresent(cb::title);
      b.addCitations(cb.build());
    }
    for (JsonNode t : o.path("tasks")) {
      var tb = Task.builder()
          .lead(agency(required(t, "lead").asText(), registry, cache))
          .text(t.path("text").asText(""))
          .deadline(readDeadline(t.get("deadline")))
          .span(readSpan(t.get("span")));
      t.path("support").forEach(a -> tb.addSupport(agency(a.asText(), registry, cache)));
      b.addTasks(tb.build());
    }
    for (JsonNode r : o.path("reporting")) {
      var rb = ReportingObligation.builder()
          .reporter(agency(required(r, "reporter").asText(), registry, cache))
          .recipient(agency(required(r, "recipient").asText(), registry, cache))
          .deadline(readDeadline(r.get("deadline")))
          .text(r.path("text").asText(""))
          .span(readSpan(r.get("span")));
      text(r, "via").ifPresent(v -> rb.via(agency(v, registry, cache)));
      b.addReporting(rb.build());
    }
    o.path("distribution").forEach(r -> b.addDistribution(r.asText()));
    for (JsonNode r : o.path("receipts")) {
      var rb = Receipt.builder().span(readSpan(r.get("span")));
      text(r, "number").ifPresent(rb::number);
      text(r, "date").ifPresent(d -> rb.date(LocalDate.parse(d)));
      b.addReceipts(rb.build());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = o.path("spans").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      b.putSpans(Document.Field.valueOf(e.getKey()), readSpan(e.getValue()));
    }
    o.path("unparsed").forEach(u -> b.addUnparsed(readSpan(u)));
    b.span(readSpan(o.get("span")));
    b.source(o.path("source").asText(""));
    return b.build();
  }

  private static Agency agency(String name, Map<String, JsonNode> registry, Map<String, Agency> cache) {
    Agency cached = cache.get(name);
    if (cached != null) {
      return cached;
    }
    JsonNode a = registry.get(name);
    Agency result;
    if (a == null) {
      result = Agency.of(name);
    } else {
      var b = Agency.builder().name(name)
          .kind(AgencyKind.valueOf(a.path("kind").asText(AgencyKind.OTHER.name())))
          .level(Level.valueOf(a.path("level").asText(Level.UNKNOWN.name())));
      text(a, "locality").ifPresent(b::locality);
      Optional<String> parent = text(a, "parent");
      if (parent.isPresent() && !parent.get().equals(name)) {
        b.parent(agency(parent.get(), registry, cache));
      }
      result = b.build();
    }
    cache.put(name, result);
    return result;
  }

  private static String name(Optional<Agency> agency, Map<String, Agency> registry) {
    if (agency.isEmpty()) {
      return null;
    }
    Agency a = agency.get();
    registry.putIfAbsent(a.name(), a);
    return a.name();
  }

  private static ObjectNode span(Span s) {
    ObjectNode o = NODES.objectNode();
    o.put("start", s.start());
    o.put("end", s.end());
    o.put("text", s.text());
    return o;
  }

  private static Span readSpan(JsonNode o) {
    if (o == null || o.isNull()) {
      throw new IllegalArgumentException("missing span");
    }
    return Span.of(required(o, "start").asInt(), required(o, "end").asInt(), required(o, "text").asText());
  }

  private static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode o = NODES.objectNode();
    o.put("severity", d.severity().name());
    o.put("message", d.message());
    d.span().ifPresent(s -> o.set("span", span(s)));
    return o;
  }

  private static Diagnostic readDiagnostic(JsonNode o) {
    Diagnostic.Severity sev = Diagnostic.Severity.valueOf(required(o, "severity").asText());
    String msg = required(o, "message").asText();
    JsonNode s = o.get("span");
    return s == null || s.isNull() ? Diagnostic.of(sev, msg) : Diagnostic.of(sev, msg, readSpan(s));
  }

  private static void strings(ArrayNode array, Iterable<String> values) {
    values.forEach(array::add);
  }

  private static LocalDate date(JsonNode n) {
    return LocalDate.parse(n.asText());
  }

  private static Optional<String> text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }

  private static JsonNode required(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return n;
  }
}
