package io.github.zhreader.annotate;

import io.github.zhreader.TokenType;
import io.github.zhreader.lexicon.Glossary;
import io.github.zhreader.lexicon.GlossaryEntry;
import io.github.zhreader.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds glossary phrases spread over several tokens of a sentence: a phrase whose words the segmenter kept apart
 * (薅/羊毛), and a separable phrase with other words inside it (薅/了/羊毛, 挂着/梯子, 薅/国家/的/羊毛).
 *
 * <p>Only small words may stand inside a separated phrase, which keeps look-alikes out: aspect particles
 * (了 着 过), numbers and classifiers (个 点 一 次), pronouns, adjectives, and a noun or pronoun followed by
 * the possessive 的 (割散户的韭菜). A 的 right after the verb part, a particle, a verb or an adverb makes the
 * rest a description, not the phrase (挂着的梯子 is a ladder that hangs there), so it stops the match; so does a
 * measure word of a physical quantity (割了一把韭菜). An entry can name the only words allowed
 * inside ({@code split: 挂…梯子 with 着 了}). At most {@value #MAX_GAP_PIECES} tokens and {@value #MAX_GAP_CHARS}
 * characters stand inside.
 *
 * <p>Immutable and thread-safe.
 */
final class ExpressionFinder {

    static final int MAX_GAP_PIECES = 3;
    static final int MAX_GAP_CHARS = 5;
    private static final int MAX_PIECES = 6;
    private static final Set<String> ASPECT = Set.of("了", "着", "著", "过");
    /**
     * Measure words of physical quantities: a phrase whose object is counted with one of them is meant literally
     * (割了一把韭菜 is cutting a handful of chives; 割了一波韭菜 is fleecing a wave of investors).
     */
    private static final Set<String> CONCRETE_MEASURES = Set.of("把", "捆", "束", "根", "斤", "公斤", "棵", "株",
            "片", "块", "条", "颗", "粒", "袋", "盒", "箱", "瓶", "杯", "碗", "盘", "张", "头", "匹", "朵", "堆", "筐",
            "篮", "桶", "吨", "米", "双", "件", "副", "架", "辆");

    private final Lexicon lexicon;
    /** Separable entries by their first part, in the lexicon's order of precedence. */
    private final Map<String, List<GlossaryEntry>> byFirstPart;

    ExpressionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        Map<String, List<GlossaryEntry>> index = new HashMap<>();
        for (Glossary g : lexicon.glossaries()) {
            for (GlossaryEntry e : g.entries()) {
                if (e.separable()) index.computeIfAbsent(e.parts().get(0), k -> new ArrayList<>()).add(e);
            }
        }
        this.byFirstPart = Map.copyOf(index);
    }

    /** A phrase found: the entry and the spans of its parts, as offsets into the sentence. */
    record Match(GlossaryEntry entry, List<int[]> parts, boolean separated) {
    }

    List<Match> find(String sentence, List<Piece> pieces) {
        List<Match> found = new ArrayList<>();
        int coveredUntil = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).type() != TokenType.HAN || pieces.get(i).start() < coveredUntil) continue;
            int at = i;
            Optional<Match> m = contiguous(sentence, pieces, at).or(() -> separated(sentence, pieces, at));
            if (m.isPresent()) {
                found.add(m.get());
                List<int[]> parts = m.get().parts();
                coveredUntil = parts.get(parts.size() - 1)[1];
            }
        }
        return found;
    }

    /** The longest glossary headword made of two or more whole tokens starting at {@code i}. */
    private Optional<Match> contiguous(String sentence, List<Piece> pieces, int i) {
        int start = pieces.get(i).start();
        // The hashes of the spans that end where tokens i + 1, i + 2, ... end, so spans no glossary has are
        // skipped unmade.
        int[] hashes = new int[MAX_PIECES + 1];
        int hash = Lexicon.hash(sentence, start, pieces.get(i).end());
        for (int j = i + 2; j <= Math.min(pieces.size(), i + MAX_PIECES) && adjacentHan(pieces, i, j); j++) {
            Piece p = pieces.get(j - 1);
            for (int c = p.start(); c < p.end(); c++) hash = 31 * hash + sentence.charAt(c);
            hashes[j - i] = hash;
        }
        for (int j = Math.min(pieces.size(), i + MAX_PIECES); j >= i + 2; j--) {
            if (!adjacentHan(pieces, i, j)) continue;
            if (!lexicon.mayBeGlossaryWord(hashes[j - i])) continue;
            int end = pieces.get(j - 1).end();
            Optional<GlossaryEntry> e = lexicon.glossaryEntry(sentence.substring(start, end))
                    .filter(entry -> fitsContext(entry, sentence));
            if (e.isPresent()) return Optional.of(new Match(e.get(), List.of(new int[]{start, end}), false));
        }
        return Optional.empty();
    }

    /** An entry whose sense needs context is only found in a sentence that mentions one of its context words. */
    private static boolean fitsContext(GlossaryEntry e, String sentence) {
        return e.context().isEmpty() || e.contextIn(sentence).isPresent();
    }

    private static boolean adjacentHan(List<Piece> pieces, int from, int to) {
        for (int k = from; k < to; k++) {
            if (pieces.get(k).type() != TokenType.HAN) return false;
            if (k > from && pieces.get(k).start() != pieces.get(k - 1).end()) return false;
        }
        return true;
    }

    /** A separable phrase whose first part starts token {@code i}, with small words between its parts. */
    private Optional<Match> separated(String sentence, List<Piece> pieces, int i) {
        Piece first = pieces.get(i);
        String text = first.in(sentence);
        for (int len = Math.min(text.length(), 4); len >= 1; len--) {
            List<GlossaryEntry> candidates = byFirstPart.get(text.substring(0, len));
            if (candidates == null) continue;
            // The rest of the first token may only be an aspect particle: 挂着 is 挂 + 着.
            String rest = text.substring(len);
            if (!rest.isEmpty() && !ASPECT.contains(rest)) continue;
            for (GlossaryEntry e : candidates) {
                if (!fitsContext(e, sentence)) continue;
                if (!rest.isEmpty() && !e.inside().isEmpty() && !e.inside().contains(rest)) continue;
                Optional<Match> m = matchParts(sentence, pieces, i, e, first.start() + len, !rest.isEmpty());
                if (m.isPresent()) return m;
            }
        }
        return Optional.empty();
    }

    private Optional<Match> matchParts(String sentence, List<Piece> pieces, int i, GlossaryEntry e, int firstEnd,
                                       boolean particleAfterFirst) {
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[]{pieces.get(i).start(), firstEnd});
        int next = i + 1;
        boolean gap = particleAfterFirst;
        for (int p = 1; p < e.parts().size(); p++) {
            String part = e.parts().get(p);
            int gapPieces = 0;
            int gapChars = particleAfterFirst && p == 1 ? 1 : 0;
            String previousTag = particleAfterFirst && p == 1 ? "u" : "v";
            while (true) {
                if (next >= pieces.size()) return Optional.empty();
                int end = spells(sentence, pieces, next, part);
                if (end > next) {
                    spans.add(new int[]{pieces.get(next).start(), pieces.get(end - 1).end()});
                    gap |= gapPieces > 0;
                    next = end;
                    break;
                }
                Piece g = pieces.get(next);
                String nextText = next + 1 < pieces.size() ? pieces.get(next + 1).in(sentence) : "";
                boolean allowed = e.inside().isEmpty()
                        ? allowedInside(g, g.in(sentence), previousTag, nextText)
                        : e.inside().contains(g.in(sentence));
                if (!allowed) return Optional.empty();
                gapPieces++;
                gapChars += g.length();
                if (gapPieces > MAX_GAP_PIECES || gapChars > MAX_GAP_CHARS) return Optional.empty();
                previousTag = g.tag();
                next++;
            }
        }
        return Optional.of(new Match(e, spans, gap));
    }

    /** The end index (exclusive) of the tokens from {@code from} that spell {@code part} exactly, or {@code from}. */
    private static int spells(String sentence, List<Piece> pieces, int from, String part) {
        int start = pieces.get(from).start();
        for (int k = from; k < pieces.size() && k - from < MAX_PIECES; k++) {
            Piece p = pieces.get(k);
            if (p.type() != TokenType.HAN || k > from && p.start() != pieces.get(k - 1).end()) return from;
            int length = p.end() - start;
            if (length == part.length()) return sentence.startsWith(part, start) ? k + 1 : from;
            if (length > part.length()) return from;
        }
        return from;
    }

    private static boolean allowedInside(Piece p, String text, String previousTag, String nextText) {
        if (p.type() != TokenType.HAN) return false;
        if (ASPECT.contains(text)) return true;
        if (CONCRETE_MEASURES.contains(text)) return false;
        // After a numeral, a single character is its measure word, whatever its tag (一波, 一茬).
        if (previousTag.startsWith("m") && p.length() == 1) return true;
        String tag = p.tag();
        if (text.equals("的")) {
            return !(previousTag.startsWith("u") || previousTag.startsWith("v") || previousTag.startsWith("d"));
        }
        if (tag.startsWith("u") || tag.startsWith("m") || tag.startsWith("q") || tag.startsWith("r")
                || tag.startsWith("a")) {
            return true;
        }
        // A noun only as a possessor: 薅国家的羊毛.
        return tag.startsWith("n") && nextText.equals("的");
    }
}
