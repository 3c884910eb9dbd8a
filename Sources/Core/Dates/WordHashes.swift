/// Key hashes of single words the date and amount rules compare tokens with.
enum WordHashes {
    static let min = KeyHash.of(word: "من"), awwal = KeyHash.of(word: "أول"), baad = KeyHash.of(word: "بعد")
    static let ams = KeyHash.of(word: "أمس"), albariha = KeyHash.of(word: "البارحة"), yesterday = KeyHash.of(word: "yesterday")
    static let ghadan = KeyHash.of(word: "غدا"), tomorrow = KeyHash.of(word: "tomorrow")
    static let alyawm = KeyHash.of(word: "اليوم"), today = KeyHash.of(word: "today")
    static let dhalika = KeyHash.of(word: "ذلك"), dhat = KeyHash.of(word: "ذات"), fi = KeyHash.of(word: "في")
    static let qaf = KeyHash.of(word: "ق"), mim = KeyHash.of(word: "م"), qabl = KeyHash.of(word: "قبل")
    static let almilad = KeyHash.of(word: "الميلاد"), alawwal = KeyHash.of(word: "الأول")
}
