package io.github.zhreader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts text into paragraphs and sentences, as offsets into the text.
 *
 * <pre>{@code
 * List<ParagraphSpan> paragraphs = new TextSplitter().split("01\n他说:“好。”我很好!\n");
 * // [ParagraphSpan[start=0, end=2, sentences=[SentenceSpan[start=0, end=2]]],
 * //  ParagraphSpan[start=3, end=14, sentences=[SentenceSpan[start=3, end=10], SentenceSpan[start=10, end=14]]]]
 * }</pre>
 *
 * <p><b>Paragraphs.</b> Every line that is not blank is a paragraph, so a heading such as {@code "01"} on its own line
 * is a paragraph of one sentence. Lines end at {@code '\n'}, {@code '\r'}, VT, FF, NEL, U+2028 and U+2029; blank
 * lines are skipped.
 *
 * <p><b>Sentences.</b> A sentence ends after a run of terminators and the closing marks right after it:
 * <ul>
 *   <li>Terminators: {@code 。！？；｡!?;‼⁇⁈⁉} and ellipses ({@code … ⋯}, two or more dots). A run of them stays
 *       together: {@code ？！}, {@code !!!}, {@code ……}, {@code ...}.</li>
 *   <li>A single {@code '.'} or {@code '．'} ends a sentence only when followed (after any closing marks) by whitespace
 *       or the end of the paragraph, so {@code 3.14}, {@code Node.js} and {@code example.com} stay whole. Abbreviations
 *       followed by a space ({@code "U.S. Army"}) are split; that is accepted.</li>
 *   <li>Closing marks after the run stay with the sentence: {@code ”’」』）)》】〉〕〗〙］]｝»›〞〟﹂﹄} and
 *       <code>&#125;</code>, a straight {@code "} when the sentence has an odd number of them before it (so in {@code 他说:"好。""是吗?"} the second
 *       {@code "} opens the next sentence), and a straight {@code '} when the sentence holds an opening {@code '}
 *       before it (one not preceded by a letter or digit, which would be an apostrophe).</li>
 *   <li>A paragraph's last sentence needs no terminator.</li>
 * </ul>
 *
 * <p><b>Length cap.</b> No sentence is longer than {@link #maxSentenceLength()} UTF-16 chars. A longer stretch (text
 * without punctuation, a run-on list) is cut after the last comma-like mark ({@code ，、,：:﹐､}) or whitespace within
 * the cap, or else at the cap itself, moved back by one if it would split a surrogate pair. Where a cut falls inside a
 * terminator run or its closing marks, the rest starts the next sentence.
 *
 * <p>Sentences and paragraphs never include leading or trailing whitespace (per {@link Character#isWhitespace} or
 * {@link Character#isSpaceChar}, so NBSP and U+3000 count) and are never empty. Every char of the text that is
 * neither whitespace nor a line break lies in exactly one sentence. Time is linear in the length of the text,
 * whatever the cap.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TextSplitter {

    /** The sentence length cap used by {@link #TextSplitter()}: 200 UTF-16 chars. */
    public static final int DEFAULT_MAX_SENTENCE_LENGTH = 200;

    private final int maxSentenceLength;

    /** Creates a splitter with the {@linkplain #DEFAULT_MAX_SENTENCE_LENGTH default} sentence length cap. */
    public TextSplitter() {
        this(DEFAULT_MAX_SENTENCE_LENGTH);
    }

    /**
     * Creates a splitter with the given sentence length cap.
     *
     * @param maxSentenceLength the longest sentence, in UTF-16 chars; at least 2, so that a surrogate pair fits
     * @throws IllegalArgumentException if {@code maxSentenceLength < 2}
     */
    public TextSplitter(int maxSentenceLength) {
        if (maxSentenceLength < 2) {
            throw new IllegalArgumentException("maxSentenceLength " + maxSentenceLength + " < 2");
        }
        this.maxSentenceLength = maxSentenceLength;
    }

    /**
     * The sentence length cap.
     *
     * @return the longest sentence this splitter returns, in UTF-16 chars
     */
    public int maxSentenceLength() {
        return maxSentenceLength;
    }

    /**
     * Splits {@code text} into paragraphs and their sentences.
     *
     * @param text the text, normally {@link NormalizedText#text()}
     * @return the paragraphs in order, each with its sentences; empty when {@code text} is blank
     */
    public List<ParagraphSpan> split(CharSequence text) {
        Objects.requireNonNull(text, "text");
        List<ParagraphSpan> paragraphs = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = lineStart;
            while (lineEnd < n && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            int start = lineStart;
            while (start < lineEnd && isBlank(text.charAt(start))) {
                start++;
            }
            int end = lineEnd;
            while (end > start && isBlank(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                paragraphs.add(new ParagraphSpan(start, end, sentences(text, start, end)));
            }
            lineStart = lineEnd + 1;
        }
        return List.copyOf(paragraphs);
    }

    /**
     * Splits {@code text} into sentences, across paragraphs: the sentences of {@link #split(CharSequence)}, flattened.
     *
     * @param text the text, normally {@link NormalizedText#text()}
     * @return the sentences in order; empty when {@code text} is blank
     */
    public List<SentenceSpan> sentences(CharSequence text) {
        List<SentenceSpan> sentences = new ArrayList<>();
        for (ParagraphSpan paragraph : split(text)) {
            sentences.addAll(paragraph.sentences());
        }
        return List.copyOf(sentences);
    }

    /** The sentences of the trimmed, non-empty paragraph {@code [start, end)}. */
    private List<SentenceSpan> sentences(CharSequence text, int start, int end) {
        List<SentenceSpan> out = new ArrayList<>();
        int s = start; // start of the current sentence; never whitespace
        int lastBreak = -1; // just after the last comma-like mark or whitespace in the current sentence, or -1
        // Straight quotes seen in the paragraph so far, at the start of the current sentence, and at lastBreak. Only
        // differences are used: whether the current sentence has an open " and whether it has an opening '.
        int dq = 0;
        int sq = 0;
        int dqAtStart = 0;
        int sqAtStart = 0;
        int dqAtBreak = 0;
        int sqAtBreak = 0;
        int i = start;
        while (i < end) {
            if (i - s >= maxSentenceLength) {
                int cut;
                if (lastBreak > s) {
                    cut = lastBreak;
                    dqAtStart = dqAtBreak;
                    sqAtStart = sqAtBreak;
                } else {
                    cut = i;
                    if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                        cut--;
                    }
                    dqAtStart = dq;
                    sqAtStart = sq;
                }
                add(out, text, s, cut);
                s = skipBlank(text, cut, end);
                i = Math.max(i, s);
                lastBreak = -1;
                continue;
            }
            char c = text.charAt(i);
            if (isTerminator(c) || isDot(c)) {
                int limit = Math.min(end, s + maxSentenceLength);
                int sentenceEnd = sentenceEnd(text, i, end, limit, (dq - dqAtStart) % 2 == 1, sq > sqAtStart);
                if (sentenceEnd > i) {
                    add(out, text, s, sentenceEnd);
                    s = skipBlank(text, sentenceEnd, end);
                    i = s;
                    lastBreak = -1;
                    dqAtStart = dq;
                    sqAtStart = sq;
                    continue;
                }
            } else if (c == '"') {
                dq++;
            } else if (c == '\'' && (i == start || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                sq++;
            }
            if (isCommaLike(c) || isBlank(c)) {
                lastBreak = i + 1;
                dqAtBreak = dq;
                sqAtBreak = sq;
            }
            i++;
        }
        if (s < end) {
            add(out, text, s, end);
        }
        return out;
    }

    /**
     * End of the sentence whose terminator run starts at {@code i}, after its closing marks, looking no further than
     * {@code limit}; or {@code i} when the char at {@code i} turns out not to end a sentence (a lone dot inside a word
     * or number). The quotes the run consumes need no counting: the caller starts a new sentence after them.
     */
    private static int sentenceEnd(
            CharSequence text, int i, int paragraphEnd, int limit, boolean openDoubleQuote, boolean openSingleQuote) {
        int j = i;
        int dots = 0;
        boolean other = false;
        while (j < limit) {
            char c = text.charAt(j);
            if (isDot(c)) {
                dots++;
            } else if (isTerminator(c)) {
                other = true;
            } else {
                break;
            }
            j++;
        }
        int k = j;
        while (k < limit) {
            char c = text.charAt(k);
            if (isCloser(c)) {
                k++;
            } else if (c == '"' && openDoubleQuote) {
                openDoubleQuote = false;
                k++;
            } else if (c == '\'' && openSingleQuote) {
                openSingleQuote = false;
                k++;
            } else {
                break;
            }
        }
        // A single dot not followed by whitespace: 3.14, Node.js, example.com.
        if (!other && dots == 1 && k < paragraphEnd && !isBlank(text.charAt(k))) {
            return i;
        }
        return k;
    }

    /** Adds {@code [start, end)} without its trailing whitespace; {@code start} is not whitespace. */
    private static void add(List<SentenceSpan> out, CharSequence text, int start, int end) {
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        out.add(new SentenceSpan(start, end));
    }

    private static int skipBlank(CharSequence text, int from, int end) {
        while (from < end && isBlank(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n'
                || c == '\r'
                || c == '\u000B'
                || c == '\u000C'
                || c == '\u0085'
                || c == '\u2028'
                || c == '\u2029';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Terminators other than the dots, including ellipsis characters. */
    private static boolean isTerminator(char c) {
        switch (c) {
            case '。':
            case '！':
            case '？':
            case '；':
            case '｡':
            case '!':
            case '?':
            case ';':
            case '‼':
            case '⁇':
            case '⁈':
            case '⁉':
            case '…':
            case '⋯':
                return true;
            default:
                return false;
        }
    }

    private static boolean isDot(char c) {
        return c == '.' || c == '．';
    }

    /** Closing quotes and brackets that belong to the sentence they follow; straight quotes are handled apart. */
    private static boolean isCloser(char c) {
        switch (c) {
            case '”':
            case '’':
            case '」':
            case '』':
            case '）':
            case ')':
            case '》':
            case '】':
            case '〉':
            case '〕':
            case '〗':
            case '〙':
            case '］':
            case ']':
            case '｝':
            case '}':
            case '»':
            case '›':
            case '〞':
            case '〟':
            case '﹂':
            case '﹄':
                return true;
            default:
                return false;
        }
    }

    private static boolean isCommaLike(char c) {
        switch (c) {
            case '，':
            case '、':
            case ',':
            case '：':
            case ':':
            case '﹐':
            case '､':
                return true;
            default:
                return false;
        }
    }
}
