/**
 * Question and filler words the search page leaves out of a query, per
 * language. Source: the `stopword` package (MIT; the list each language names
 * in languages.ts, such as `nld`, `tur`, `ara`), plus the question words a
 * search box gets that those general lists lack (for Arabic and Chinese
 * written by the translators, colloquial forms included). A new language
 * needs no entry here: its library list is used on its own.
 * Build-time only: the search page receives the trimmed list as data.
 */
import * as libraryLists from 'stopword';
import { languageOf } from '../model/languages.ts';
import type { Locale } from '../model/taxonomy.ts';

/** Question and filler words of search queries that the library lists do not hold. */
const QUESTION_WORDS: Partial<Record<Locale, readonly string[]>> = {
  nl: ['waar', 'waarom', 'wanneer', 'welk', 'welke', 'hoeveel', 'word', 'wordt', 'bent', 'doe', 'doet', 'kun', 'kunt', 'mag', 'moeten', 'gaat', 'ga', 'krijg', 'iets', 'jullie', 'onze', 'mijzelf', 'graag', 'even', 'hulp', 'help'],
  en: ['when', 'why', 'whom', 'whose', 'does', 'someone', 'somebody', 'anyone', "i'm", "i've", 'im', 'ive', 'need', 'help', 'please', 'happens', 'happened'],
  tr: ['nasil', 'nereden', 'hangisi', 'kaç', 'kac', 'zaman', 'mi', 'lütfen', 'lutfen', 'yardım', 'yardim', 'yapmalıyım', 'yapmaliyim', 'yapmalı', 'yapmali', 'yapılır', 'yapilir', 'yapmam', 'yapayım', 'gerekiyor', 'gerek', 'lazım', 'lazim', 'istiyorum', 'olunca', 'olduğunda', 'varsa', 'bende', 'icin'],
  ar: ['ماذا', 'ما', 'كيف', 'كيفاش', 'أين', 'فين', 'هل', 'متى', 'لماذا', 'علاش', 'من', 'في', 'على', 'إلى', 'عن', 'مع', 'أو', 'و', 'أنا', 'لي', 'عندي', 'أريد', 'بغيت', 'يجب', 'أفعل', 'نفعل', 'ممكن', 'هذا', 'هذه', 'ذلك', 'الذي', 'التي', 'كان', 'قد', 'لقد', 'يا', 'أي', 'كم', 'ساعدوني'],
  pl: ['komu', 'kogo', 'jaka', 'zrobić', 'zrobic', 'robić', 'robic', 'mamy', 'muszę', 'musze', 'należy', 'nalezy', 'mozna', 'proszę', 'prosze', 'pomoc', 'pomocy', 'sie', 'moj', 'mojego', 'zostałem', 'zostalem', 'zostałam', 'zostalam', 'ktos', 'cos'],
  zh: ['怎么', '怎么办', '怎样', '如何', '什么', '为什么', '什么时候', '哪里', '哪儿', '哪个', '谁', '吗', '呢', '吧', '啊', '的', '了', '是', '我', '我的', '你', '在', '有', '和', '要', '该', '应该', '能', '可以', '请问', '一下', '这个', '那个', '帮帮我'],
};

const libraryList = (lang: Locale): readonly string[] => {
  const list = (libraryLists as unknown as Record<string, readonly string[] | undefined>)[languageOf(lang).stopwordList];
  return Array.isArray(list) ? list : [];
};

/**
 * The stop words of a language, minus the words that are real search topics
 * here (a synonym key, a single-word keyword of a page): those stay in the query.
 */
export function stopWordsFor(lang: Locale, topics: Iterable<string> = []): string[] {
  const keep = new Set([...topics].map((word) => word.toLowerCase()));
  return [...new Set([...libraryList(lang), ...(QUESTION_WORDS[lang] ?? [])])].filter((word) => word.length > 0 && !keep.has(word)).sort();
}
