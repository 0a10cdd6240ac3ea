package corpus

import "strings"

// cjkChromePrefixes begin the lines of Chinese and Korean pages that are
// links to other articles, not article text: "相关文章：…", "延伸閱讀：…",
// "관련기사 …".
var cjkChromePrefixes = []string{"相关文章", "相關文章", "相关新闻", "相關新聞", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀",
	"推荐阅读", "推薦閱讀", "热点推荐", "熱點推薦", "关联阅读", "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "추천기사", "많이 본 뉴스"}

// cjkJunkLine says why a line of a Chinese or Korean page is not article
// text ("debris" for a link to related articles), or "".
func cjkJunkLine(line string) string {
	if line == "" || line[0] < 0xE3 {
		return ""
	}
	for _, p := range cjkChromePrefixes {
		if strings.HasPrefix(line, p) {
			return "debris"
		}
	}
	return ""
}
