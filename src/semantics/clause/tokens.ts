/**
 * Word tokens of a clause, typed from the lexicon: the vocabulary of the
 * clause grammar. Tokens are made by the tagger (`tagger.ts`), never by a
 * Chevrotain lexer, so every type's pattern is `Lexer.NA`; categories let a
 * rule take any of several types (`PartyStart`, `PredicateStart`, `Any`).
 */
import {createToken, Lexer, type TokenType} from 'chevrotain'

const make = (name: string, categories: TokenType[] = []): TokenType => createToken({name, pattern: Lexer.NA, categories})

// Categories
/** Any token: a frame's words, the rest of a predicate. */
export const Any = make('Any')
/** A token that may open a party's name. */
export const PartyStart = make('PartyStart', [Any])
/** A token that may go on a party's name after its head. */
export const NameWord = make('NameWord', [Any])
/** A token that may open a predicate (an action or a mark before it). */
export const PredicateStart = make('PredicateStart', [Any])
/** A token that opens a frame before the subject. */
export const FrameOpener = make('FrameOpener', [Any])
/** A separator between the pieces of a party list. */
export const ListSeparator = make('ListSeparator', [Any])

// Punctuation
export const Comma = make('Comma', [ListSeparator])
export const Semicolon = make('Semicolon', [ListSeparator])
export const Colon = make('Colon', [Any])
export const LParen = make('LParen', [Any])
export const RParen = make('RParen', [Any])
/** A dash or hyphen standing alone (`chính trị - xã hội`). */
export const Dash = make('Dash', [NameWord])
/** Any other mark (`.`, `"`, `/`). */
export const Mark = make('Mark', [Any])

// Parties
/** `các`, `những`, `mỗi`, `toàn bộ`. */
export const Det = make('Det', [PartyStart])
/** A party head from the lexicon (`Sở`, `Ủy ban nhân dân`, `cơ quan`). */
export const Head = make('Head', [PartyStart, NameWord])
/** A body's full name from the gazetteer (`Bộ Ngoại giao`). */
export const Body = make('Body', [PartyStart, NameWord])
/** A head that is also a verb (`tổ chức`, `lãnh đạo`): the grammar decides. */
export const HeadVerb = make('HeadVerb', [PartyStart, NameWord, PredicateStart])
/** A capitalised word that is not a head (`Y`, `Tài`, `Thanh Hóa`'s parts). */
export const Name = make('Name', [PartyStart, NameWord])
/** An all-capitals abbreviation (`UBND` is a head; `EVN`, `PVN` are these). */
export const Acronym = make('Acronym', [PartyStart, NameWord])
/** A level or place word (`tỉnh`, `cấp huyện`, `Trung ương`). */
export const Level = make('Level', [NameWord])
/** A modifier that never ends a name (`có liên quan`, `trực thuộc`). */
export const Modifier = make('Modifier', [NameWord])
/** `trong`, `tại`, `ở`, `thuộc`, `của`: part of a name when a name follows. */
export const Prep = make('Prep', [Any])
/** A number (`Ban Chỉ đạo 751`, a year). */
export const Number = make('Number', [NameWord])
/** Any other word: part of a name after its head, unless it is a stop word. */
export const Plain = make('Plain', [NameWord])
/** A word that ends a name: a complement (`theo`, `để`), a time (`trước`, `hằng`), an object (`kết quả`). */
export const Stop = make('Stop', [Any])
/** `và`. */
export const And = make('And', [ListSeparator])
/** `nhất là`, `trong đó có`, `cùng với`: separators of a list. */
export const ListConnective = make('ListConnective', [ListSeparator])
/** `được giao`, `được phân công`: a relative clause inside a party's name. */
export const Assigned = make('Assigned', [Any])

// Predicate
/** `giao`, `đề nghị`, `yêu cầu`, `chỉ đạo`: hands the task to the party after it. */
export const HandOver = make('HandOver', [Any])
/** `cần`, `phải`, `có trách nhiệm`. */
export const Modal = make('Modal', [PredicateStart])
/** `khẩn trương`, `tiếp tục`, `chủ động`. */
export const Adverb = make('Adverb', [PredicateStart])
/** An action verb. */
export const Verb = make('Verb', [PredicateStart])
/** `chủ trì`. */
export const Lead = make('Lead', [PredicateStart])
/** `phối hợp với`, `cùng với`. */
export const With = make('With', [PredicateStart])
/** `báo cáo`. */
export const Report = make('Report', [PredicateStart])
/** `không được`, `nghiêm cấm`, `tạm dừng`. */
export const Refrain = make('Refrain', [PredicateStart])
/** `tin tưởng`, `ghi nhận`, `đã`: the clause states, it asks nothing. */
export const Statement = make('Statement', [PredicateStart])
/** `được`, `bị` with no party acting. */
export const Passive = make('Passive', [PredicateStart])

// Frames
export const Topic = make('Topic', [FrameOpener])
export const Condition = make('Condition', [FrameOpener])
export const Purpose = make('Purpose', [FrameOpener])
/** A verb that may also open a purpose frame (`Thực hiện …,`, `Triển khai …,`). */
export const PurposeVerb = make('PurposeVerb', [FrameOpener, PredicateStart])
export const Connective = make('Connective', [FrameOpener])
/** `Thời gian qua`, `Mặc dù`: a sentence that tells what happened. */
export const Narrative = make('Narrative', [FrameOpener])
/** `thì` after a condition. */
export const Then = make('Then', [Any])

/** Every token type, categories first (Chevrotain needs them all). */
export const allTokens: TokenType[] = [
  Any, PartyStart, NameWord, PredicateStart, FrameOpener, ListSeparator,
  Comma, Semicolon, Colon, LParen, RParen, Dash, Mark,
  Det, Head, Body, HeadVerb, Name, Acronym, Level, Modifier, Prep, Number, Plain, Stop, And, ListConnective, Assigned,
  HandOver, Modal, Adverb, Verb, Lead, With, Report, Refrain, Statement, Passive,
  Topic, Condition, Purpose, PurposeVerb, Connective, Narrative, Then
]
