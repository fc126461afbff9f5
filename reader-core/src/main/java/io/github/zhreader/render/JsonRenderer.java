package io.github.zhreader.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Expression;
import io.github.zhreader.Gloss;
import io.github.zhreader.Sentence;
import io.github.zhreader.Span;
import io.github.zhreader.Token;
import io.github.zhreader.pinyin.ToneSandhi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders an annotated text as one JSON document:
 * <pre>{@code
 * {"sentences":[{"index":0,"paragraph":0,"start":0,"end":42,"text":"…","tokens":[
 *   {"text":"薅羊毛","start":3,"end":6,"type":"han","tag":"v","pinyin":"hāo yáng máo",
 *    "syllables":["hao1","yang2","mao2"],"glosses":[{"source":"cedict","kind":"word","headword":"薅羊毛",
 *    "traditional":"薅羊毛","pinyin":"hao1 yang2 mao2","senses":["…"]}]}]}],
 *  "expressions":[{"headword":"…","sentence":3,"separated":true,"parts":[{"start":10,"end":11}],"gloss":{…}}]}
 * }</pre>
 * Offsets are UTF-16 indexes into the input. Non-Han tokens have no {@code pinyin}, {@code syllables} or
 * {@code glosses} fields. Glosses have {@code literal} and {@code note} fields only when they carry them. Sentences
 * of the web clutter after an article have {@code "clutter": true}. With spoken tone changes asked for, each Han
 * token also has {@code "sandhi"}: its syllables as said ({@code ["yi2","ge5"]} beside the citation
 * {@code "syllables":["yi1","ge5"]}), worked out over the whole sentence by {@link ToneSandhi}.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonRenderer {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final boolean pretty;
    private final ToneSandhi sandhi;

    /** A renderer with the default options: compact, without spoken tone changes. */
    public JsonRenderer() {
        this(RenderOptions.DEFAULT);
    }

    /**
     * A renderer with {@code options}: indented when they are {@link RenderOptions#pretty()}, and with each Han
     * token's {@code sandhi} field when their pinyin format shows spoken tone changes (none with
     * {@link ToneSandhi#NONE}, which leaves the field out).
     */
    public JsonRenderer(RenderOptions options) {
        Objects.requireNonNull(options, "options");
        this.pretty = options.pretty();
        this.sandhi = options.pinyin().sandhi();
    }

    /** The JSON document as a string. */
    public String render(AnnotatedText text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(text, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the JSON document, UTF-8 encoded, to {@code out}, which is flushed but not closed. */
    public void write(AnnotatedText text, OutputStream out) {
        try (Stream stream = open(out)) {
            stream.write(new ChineseReader.Part(text, 0, 0, true));
        }
    }

    /**
     * Starts a JSON document to be written part by part ({@link ChineseReader#annotate(String, java.util.function.Consumer)}):
     * offsets and numbers of each part are shifted to count from the start of the whole text. The document is
     * the same as {@link #write} gives for the whole text at once.
     */
    public Stream open(OutputStream out) {
        try {
            return open(FACTORY.createGenerator(out, JsonEncoding.UTF8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One gloss as a JSON object, with the fields it has in a token's {@code glosses} ({@code source}, {@code kind},
     * {@code headword}, {@code traditional}, {@code pinyin}, {@code literal}, {@code senses}, {@code note}), for
     * documents of other shapes ({@code lookup --json}). Compact whatever the options.
     */
    public static String gloss(Gloss g) {
        Objects.requireNonNull(g, "g");
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            gloss(json, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the JSON document to {@code out}, which is flushed if it is a {@link Writer} but not closed. */
    public void render(AnnotatedText text, Appendable out) {
        Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
        try (Stream stream = open(FACTORY.createGenerator(writer))) {
            stream.write(new ChineseReader.Part(text, 0, 0, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stream open(JsonGenerator json) {
        try {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("sentences");
            return new Stream(json, sandhi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON document being written part by part. Not thread-safe. */
    public static final class Stream implements AutoCloseable {

        private final JsonGenerator json;
        private final ToneSandhi sandhi;
        private final List<Expression> expressions = new ArrayList<>();
        private int paragraphs;

        private Stream(JsonGenerator json, ToneSandhi sandhi) {
            this.json = json;
            this.sandhi = sandhi;
        }

        /** Writes one part's sentences; its expressions are written at the end. */
        public void write(ChineseReader.Part part) {
            AnnotatedText text = part.text();
            int offset = part.offset();
            try {
                for (Sentence s : text.sentences()) {
                    sentence(json, s, text.isClutter(s), offset, part.firstSentence(), paragraphs, sandhi);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Expression e : text.expressions()) {
                List<Span> parts = e.parts().stream()
                        .map(p -> new Span(p.start() + offset, p.end() + offset))
                        .toList();
                expressions.add(new Expression(
                        e.headword(), e.sentence() + part.firstSentence(), e.separated(), parts, e.gloss()));
            }
            paragraphs += text.paragraphs().size();
        }

        /** Writes the expressions and ends the document. */
        @Override
        public void close() {
            try {
                json.writeEndArray();
                json.writeArrayFieldStart("expressions");
                for (Expression e : expressions) expression(json, e);
                json.writeEndArray();
                json.writeEndObject();
                json.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void sentence(
            JsonGenerator json,
            Sentence s,
            boolean clutter,
            int offset,
            int sentenceBase,
            int paragraphBase,
            ToneSandhi sandhi)
            throws IOException {
        json.writeStartObject();
        json.writeNumberField("index", s.index() + sentenceBase);
        json.writeNumberField("paragraph", s.paragraph() + paragraphBase);
        json.writeNumberField("start", s.start() + offset);
        json.writeNumberField("end", s.end() + offset);
        json.writeStringField("text", s.text());
        if (clutter) json.writeBooleanField("clutter", true);
        json.writeArrayFieldStart("tokens");
        List<List<String>> spoken = sandhi == ToneSandhi.NONE ? null : sandhi.apply(s.tokens());
        for (int i = 0; i < s.tokens().size(); i++)
            token(json, s.tokens().get(i), spoken == null ? null : spoken.get(i), offset);
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void token(JsonGenerator json, Token t, List<String> spoken, int offset) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", t.text());
        json.writeNumberField("start", t.start() + offset);
        json.writeNumberField("end", t.end() + offset);
        json.writeStringField("type", t.type().name().toLowerCase(java.util.Locale.ROOT));
        if (!t.tag().isEmpty()) json.writeStringField("tag", t.tag());
        if (!t.syllables().isEmpty()) {
            json.writeStringField("pinyin", t.pinyin());
            json.writeArrayFieldStart("syllables");
            for (String s : t.syllables()) json.writeString(s);
            json.writeEndArray();
            if (spoken != null) {
                json.writeArrayFieldStart("sandhi");
                for (String s : spoken) json.writeString(s);
                json.writeEndArray();
            }
        }
        if (t.hsk().isPresent()) json.writeNumberField("hsk", t.hsk().getAsInt());
        if (!t.glosses().isEmpty()) {
            json.writeArrayFieldStart("glosses");
            for (Gloss g : t.glosses()) gloss(json, g);
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void gloss(JsonGenerator json, Gloss g) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", g.source().id());
        json.writeStringField("kind", g.kind().id());
        json.writeStringField("headword", g.headword());
        json.writeStringField("traditional", g.traditional());
        json.writeStringField("pinyin", g.pinyin());
        if (!g.literal().isEmpty()) json.writeStringField("literal", g.literal());
        json.writeArrayFieldStart("senses");
        for (String sense : g.senses()) json.writeString(sense);
        json.writeEndArray();
        if (!g.note().isEmpty()) json.writeStringField("note", g.note());
        json.writeEndObject();
    }

    private static void expression(JsonGenerator json, Expression e) throws IOException {
        json.writeStartObject();
        json.writeStringField("headword", e.headword());
        json.writeNumberField("sentence", e.sentence());
        json.writeBooleanField("separated", e.separated());
        json.writeArrayFieldStart("parts");
        for (Span p : e.parts()) {
            json.writeStartObject();
            json.writeNumberField("start", p.start());
            json.writeNumberField("end", p.end());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName("gloss");
        gloss(json, e.gloss());
        json.writeEndObject();
    }

    /** An {@link Appendable} as a {@link Writer}, for Jackson. */
    private static final class AppendableWriter extends Writer {
        private final Appendable out;

        AppendableWriter(Appendable out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.append(java.nio.CharBuffer.wrap(chars, offset, length));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
