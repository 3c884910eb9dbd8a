/// The journal MESSAGE_ID of each kind of event articled logs, so an operator can run
/// `journalctl MESSAGE_ID=…` and `journalctl -x` shows the entry in systemd/articled.catalog.
/// Never change an ID once released: catalogs and alerting rules depend on it.
enum MessageID: String, CaseIterable {
    case started = "20bfd187fe65496a90e16dc687306ff4"
    case processed = "f0ced63ee0104469b98a1dc3c064dbe9"
    case duplicate = "69841477cca94f17bc146af96e28489b"
    case ignored = "f92e38087c4248d18695e47f24576f08"
    case failed = "950fbef2a22749bfad8715c43a11653f"
    case outputBlocked = "c3c8a8c6ffda4b0ab0624fd6eb867287"
    case outputRecovered = "b859c7d9cc354d72939dcf9493735c8d"
    case inboxLost = "613382a7b0df4c6a955a6dcf23d84d6f"
    case rescan = "ca95cf7d2f4147ee93b84898e196bf46"
    case reloaded = "ab8229c3864746f7b4fe21484fc43409"
    case stopping = "79196b76c6bb40b790ac145e34a220cc"
    case quarantined = "009ba74423864fca8da01553b9c7a52e"
}
