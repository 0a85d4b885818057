package io.github.vanban.examples.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes planted facts as a gold file of the {@code vanban-extract/1} format, the layout of
 * {@code shared/eval/dev/gold}: two-space indentation and {@code \n} line ends on every
 * platform, so that the same facts give the same bytes.
 */
public final class GoldJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER;

  static {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"))
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    WRITER = new ObjectMapper().writer(printer);
  }

  private GoldJson() {}

  /** The gold file of {@code source} holding {@code documents}. */
  public static String write(String source, List<Gold.Document> documents) {
    ObjectNode root = NODES.objectNode();
    root.put("format", "vanban-extract/1");
    root.put("source", source);
    ArrayNode docs = root.putArray("documents");
    for (Gold.Document d : documents) {
      docs.add(document(d));
    }
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static ObjectNode document(Gold.Document d) {
    ObjectNode o = NODES.objectNode();
    o.put("number", d.number());
    o.put("type", d.type());
    agency(o, "issuer", d.issuer());
    o.put("level", d.level());
    o.put("place", d.place());
    o.put("date", date(d.date()));
    o.put("subject", d.subject());
    ArrayNode recipients = o.putArray("recipients");
    d.recipients().forEach(recipients::add);
    if (d.signer() == null) {
      o.putNull("signer");
    } else {
      ObjectNode s = o.putObject("signer");
      s.put("name", d.signer().name());
      s.put("title", d.signer().title());
      s.put("authority", d.signer().authority());
    }
    ArrayNode citations = o.putArray("citations");
    for (Gold.Citation c : d.citations()) {
      ObjectNode co = citations.addObject();
      co.put("number", c.number());
      co.put("type", c.type());
      co.put("date", date(c.date()));
      agency(co, "issuer", c.issuer());
      co.put("relation", c.relation());
    }
    ArrayNode tasks = o.putArray("tasks");
    for (Gold.Task t : d.tasks()) {
      ObjectNode to = tasks.addObject();
      agency(to, "lead", t.lead());
      to.put("text", t.text());
    }
    ArrayNode reporting = o.putArray("reporting");
    for (Gold.Report r : d.reporting()) {
      ObjectNode ro = reporting.addObject();
      agency(ro, "reporter", r.reporter());
      agency(ro, "recipient", r.recipient());
      agency(ro, "via", r.via());
      ObjectNode dl = ro.putObject("deadline");
      Gold.Deadline deadline = r.deadline();
      dl.put("kind", deadline.kind());
      switch (deadline.kind()) {
        case "DATE":
          dl.put("date", date(deadline.date()));
          break;
        case "RECURRING":
          dl.put("rrule", deadline.rrule());
          break;
        case "PERIODIC":
          dl.put("period", deadline.period());
          break;
        default:
          break;
      }
      dl.put("text", deadline.text());
      ro.put("text", r.text());
    }
    return o;
  }

  private static void agency(ObjectNode o, String field, List<String> names) {
    if (names.isEmpty()) {
      o.putNull(field);
    } else if (names.size() == 1) {
      o.put(field, names.get(0));
    } else {
      ArrayNode a = o.putArray(field);
      names.forEach(a::add);
    }
  }

  private static @Nullable String date(@Nullable LocalDate d) {
    return d == null ? null : d.toString();
  }
}
