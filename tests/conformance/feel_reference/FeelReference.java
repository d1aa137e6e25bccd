import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValBoolean;
import org.camunda.feel.syntaxtree.ValContext;
import org.camunda.feel.syntaxtree.ValDate;
import org.camunda.feel.syntaxtree.ValDateTime;
import org.camunda.feel.syntaxtree.ValDayTimeDuration;
import org.camunda.feel.syntaxtree.ValList;
import org.camunda.feel.syntaxtree.ValLocalDateTime;
import org.camunda.feel.syntaxtree.ValLocalTime;
import org.camunda.feel.syntaxtree.ValNull$;
import org.camunda.feel.syntaxtree.ValNumber;
import org.camunda.feel.syntaxtree.ValString;
import org.camunda.feel.syntaxtree.ValTime;
import org.camunda.feel.syntaxtree.ValYearMonthDuration;
import org.camunda.feel.valuemapper.JavaCustomValueMapper;
import scala.Option;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;
import scala.util.Either;
import scala.util.Left;

/**
 * Reference FEEL evaluator for Baton's differential test: FEEL-Scala driven the way Zeebe 8.9 drives
 * it, so every answer is what a Zeebe variable would hold.
 *
 * <p>Protocol: one JSON object per stdin line, {@code {"id": ..., "expression": "...",
 * "variables": {...}}} (expression without the leading "="); one JSON line per input on stdout,
 * {@code {"id": ..., "ok": true, "value": ...}} or {@code {"id": ..., "ok": false, "error": "..."}}.
 * A line that is not such an object is answered with {@code "ok": false} and an error starting
 * with {@code "malformed input line N:"}, and the harness carries on with the next line.
 *
 * <p>Mirrors camunda/camunda {@code zeebe/expression-language} {@code FeelExpressionLanguage}
 * (deprecated {@code FeelEngine.Builder} with a custom value mapper, {@code parseExpression} then
 * {@code evaluate}), {@code zeebe/feel} {@code MessagePackValueMapper} (integers become numbers via
 * {@code long}, floats via {@code BigDecimal.valueOf(double)}, results are kept as {@code Val}),
 * {@code MessagePackContext} (an object variable stays raw: its entries are converted when read,
 * and it is written back byte for byte, so {@code 2.0} inside it stays a float) and
 * {@code FeelToMessagePackTransformer} (a whole number becomes a {@code long}, any other number a
 * {@code double}; temporal values and durations become strings; functions, ranges and other
 * values become null).
 */
public final class FeelReference {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final FeelEngine engine;

  private FeelReference() {
    @SuppressWarnings("deprecation")
    final FeelEngine built =
        new FeelEngine.Builder().customValueMapper(new JsonValueMapper()).build();
    engine = built;
  }

  /**
   * Reads raw JSON values into FEEL values on access and keeps results as {@code Val}, as Zeebe's
   * MessagePackValueMapper does with MessagePack buffers.
   */
  private static final class JsonValueMapper extends JavaCustomValueMapper {
    @Override
    public Optional<Val> toValue(final Object value, final Function<Object, Val> inner) {
      return value instanceof final RawJson raw ? Optional.of(FeelReference.toVal(raw.node())) : Optional.empty();
    }

    @Override
    public Optional<Object> unpackValue(final Val value, final Function<Val, Object> inner) {
      return Optional.of(value);
    }
  }

  /** A JSON value not yet read by FEEL, the counterpart of Zeebe's MessagePack buffer. */
  private record RawJson(JsonNode node) {}

  /** A JSON object as a FEEL context whose entries stay raw, like Zeebe's MessagePackContext. */
  private static final class JsonObjectContext extends CustomContext {
    private final ObjectNode object;

    JsonObjectContext(final ObjectNode object) {
      this.object = object;
    }

    @Override
    public VariableProvider variableProvider() {
      return new JsonObjectEntries(object);
    }
  }

  private record JsonObjectEntries(ObjectNode object) implements VariableProvider {
    @Override
    public Option<Object> getVariable(final String name) {
      return object.has(name) ? Option.apply(new RawJson(object.get(name))) : Option.empty();
    }

    @Override
    public scala.collection.Iterable<String> keys() {
      final List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      return CollectionConverters.asScala(names);
    }

    @Override
    public scala.collection.immutable.Map<String, Object> getVariables() {
      final var entries = scala.collection.immutable.Map.<String, Object>newBuilder();
      for (final Map.Entry<String, JsonNode> field : object.properties()) {
        entries.addOne(new Tuple2<>(field.getKey(), new RawJson(field.getValue())));
      }
      return entries.result();
    }
  }

  /** An input line that is not a well-formed case. */
  private static final class MalformedInputException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedInputException(final String message) {
      super(message);
    }
  }

  public static void main(final String[] args) throws IOException {
    final var reference = new FeelReference();
    final var in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    final var out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    String line;
    int lineNumber = 0;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      out.write(JSON.writeValueAsString(reference.answer(line, lineNumber)));
      out.newLine();
      out.flush();
    }
  }

  private ObjectNode answer(final String line, final int lineNumber) {
    JsonNode id = NODES.nullNode();
    try {
      final JsonNode request = readObject(line);
      id = request.path("id");
      checkFields(request);
      final ObjectNode variables = (ObjectNode) request.get("variables");
      checkValues(variables);
      return evaluate(id, request.get("expression").textValue(), new JsonObjectContext(variables));
    } catch (final MalformedInputException e) {
      return failure(id, "malformed input line " + lineNumber + ": " + e.getMessage());
    } catch (final RuntimeException e) {
      return failure(id, "harness error: " + e);
    }
  }

  private static JsonNode readObject(final String line) throws MalformedInputException {
    final JsonNode request;
    try {
      request = JSON.readTree(line);
    } catch (final JsonProcessingException e) {
      throw new MalformedInputException("not JSON (" + e.getOriginalMessage() + ")");
    }
    if (request == null || !request.isObject()) {
      throw new MalformedInputException("expected a JSON object, got " + line);
    }
    return request;
  }

  private static void checkFields(final JsonNode request) throws MalformedInputException {
    if (!request.has("id")) {
      throw new MalformedInputException("missing \"id\"");
    }
    if (!request.path("expression").isTextual()) {
      throw new MalformedInputException("\"expression\" must be a string");
    }
    if (!request.path("variables").isObject()) {
      throw new MalformedInputException("\"variables\" must be a JSON object");
    }
  }

  private ObjectNode evaluate(final JsonNode id, final String expression, final Context context) {
    final Either<FeelEngine.Failure, ParsedExpression> parsed = parse(expression);
    if (parsed instanceof final Left<FeelEngine.Failure, ParsedExpression> parseFailure) {
      return failure(id, parseFailure.value().message());
    }
    final ParsedExpression parsedExpression = parsed.toOption().get();
    final EvaluationResult result = evaluate(parsedExpression, context);
    if (result.isFailure()) {
      return failure(id, result.failure().message());
    }
    final ObjectNode answer = NODES.objectNode();
    answer.set("id", id);
    answer.put("ok", true);
    answer.set("value", toJson((Val) result.result()));
    final ArrayNode warnings = answer.putArray("warnings");
    result.getSuppressedFailures().forEach(w -> warnings.add(w.failureMessage()));
    return answer;
  }

  @SuppressWarnings("deprecation")
  private Either<FeelEngine.Failure, ParsedExpression> parse(final String expression) {
    return engine.parseExpression(expression);
  }

  @SuppressWarnings("deprecation")
  private EvaluationResult evaluate(final ParsedExpression expression, final Context context) {
    return engine.evaluate(expression, context);
  }

  private static ObjectNode failure(final JsonNode id, final String message) {
    final ObjectNode answer = NODES.objectNode();
    answer.set("id", id);
    answer.put("ok", false);
    answer.put("error", message);
    return answer;
  }

  /** Rejects what a Zeebe variable cannot hold: integers beyond 64 bits, non-finite numbers. */
  private static void checkValues(final JsonNode node) throws MalformedInputException {
    if (node.isIntegralNumber() && !node.canConvertToLong()) {
      throw new MalformedInputException(
          "integer " + node + " does not fit a MessagePack integer (64 bits)");
    }
    if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
      throw new MalformedInputException("number " + node.asText() + " is not a finite double");
    }
    for (final JsonNode child : node) {
      checkValues(child);
    }
  }

  /** JSON variable → FEEL value, as Zeebe's MessagePackValueMapper reads a MessagePack value. */
  private static Val toVal(final JsonNode node) {
    if (node.isBoolean()) {
      return new ValBoolean(node.booleanValue());
    }
    if (node.isIntegralNumber()) {
      return new ValNumber(new scala.math.BigDecimal(new BigDecimal(node.longValue())));
    }
    if (node.isNumber()) {
      return new ValNumber(new scala.math.BigDecimal(BigDecimal.valueOf(node.doubleValue())));
    }
    if (node.isTextual()) {
      return new ValString(node.textValue());
    }
    if (node.isArray()) {
      final List<Val> items = new ArrayList<>(node.size());
      for (final JsonNode item : node) {
        items.add(toVal(item));
      }
      return new ValList(CollectionConverters.asScala(items).toSeq());
    }
    if (node.isObject()) {
      return new ValContext(new JsonObjectContext((ObjectNode) node));
    }
    return ValNull$.MODULE$;
  }

  /** FEEL result → JSON, as Zeebe's FeelToMessagePackTransformer writes a variable. */
  private static JsonNode toJson(final Val value) {
    return switch (value) {
      case final ValNumber number ->
          number.value().isWhole()
              ? NODES.numberNode(number.value().longValue())
              : NODES.numberNode(number.value().doubleValue());
      case final ValBoolean bool -> NODES.booleanNode(bool.value());
      case final ValString string -> NODES.textNode(string.value());
      case final ValList list -> {
        final ArrayNode array = NODES.arrayNode();
        list.itemsAsSeq().foreach(item -> array.add(toJson(item)));
        yield array;
      }
      case final ValContext context when context.context() instanceof final JsonObjectContext raw ->
          raw.object.deepCopy();
      case final ValContext context -> {
        final ObjectNode object = NODES.objectNode();
        final scala.collection.Iterator<Tuple2<String, Object>> entries =
            context.context().variableProvider().getVariables().iterator();
        while (entries.hasNext()) {
          final Tuple2<String, Object> entry = entries.next();
          object.set(entry._1(), entryToJson(entry._2()));
        }
        yield object;
      }
      case final ValTime time -> NODES.textNode(time.value().format());
      case final ValLocalTime time -> NODES.textNode(time.value().toString());
      case final ValDate date -> NODES.textNode(date.value().toString());
      case final ValDateTime dateTime ->
          NODES.textNode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime.value()));
      case final ValLocalDateTime dateTime ->
          NODES.textNode(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime.value()));
      case final ValDayTimeDuration duration -> NODES.textNode(duration.toString());
      case final ValYearMonthDuration duration -> NODES.textNode(duration.toString());
      default -> NODES.nullNode();
    };
  }

  /** A context entry is a FEEL value, or a raw JSON value copied from an object variable. */
  private static JsonNode entryToJson(final Object entry) {
    return switch (entry) {
      case final Val value -> toJson(value);
      case final RawJson raw -> raw.node().deepCopy();
      default -> NODES.nullNode();
    };
  }
}
