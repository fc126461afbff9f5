package example;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Annotates a sentence and prints each word with its pinyin and first gloss. */
public final class Main {

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String text = args.length > 0 ? String.join(" ", args) : "银行行长说，汪滔被扎克伯格招安了。";

        ChineseReader reader = ChineseReader.create();
        AnnotatedText doc = reader.annotate(text);
        for (Sentence sentence : doc.sentences()) {
            for (Token token : sentence.tokens()) {
                if (!token.isHan()) continue;
                out.printf("%s\t%s\t%s%n", token.text(), token.pinyin(), token.glosses().get(0).summary());
            }
        }
    }
}
