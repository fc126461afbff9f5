package io.github.zhreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plain text's first line is its title when it reads as a headline. */
class InputTextTest {

    @Test
    void aShortFirstLineBeforeTheTextIsItsHeadline() {
        assertEquals(Optional.of("中央調整治港班子有何啟示？"), InputText.headline("中央調整治港班子有何啟示？\n\n近日，中央……"));
        assertEquals(Optional.of("《狂人日记》"), InputText.headline("《狂人日记》\n某君昆仲，今隐其名。"));
        assertEquals(Optional.of("Scale AI 的内忧外患"), InputText.headline("\n  Scale AI 的内忧外患\n上面这个人。"));
    }

    @Test
    void aSentenceQuotationOrLoneLineIsNot() {
        assertEquals(Optional.empty(), InputText.headline("我与父亲不相见已二年余了。\n我最不能忘记的是他的背影。"));
        assertEquals(Optional.empty(), InputText.headline("庆历四年春，\n滕子京谪守巴陵郡。"));
        assertEquals(Optional.empty(), InputText.headline("“你来了？”\n他问。"));
        assertEquals(Optional.empty(), InputText.headline("只有一行的标题"));
        assertEquals(Optional.empty(), InputText.headline("Chapter One\nIt was a dark night."));
        assertEquals(Optional.empty(), InputText.headline("上面这个人,你可能不认识,但你一定听过他的经典发言:“Deepseek有5万块H100显卡”\n要知道"));
    }
}
