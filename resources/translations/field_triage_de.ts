<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Notable known-file match: this photo is not shown.</source>
        <translation>Treffer in einer Liste bekannter Dateien: Dieses Foto wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Matched: </source>
        <translation>Treffer: </translation>
    </message>
    <message>
        <source>Do not open it elsewhere. Record it and call a specialist; an L3 specialist can view it here, and that is recorded in custody.</source>
        <translation>Öffnen Sie es nirgendwo sonst. Dokumentieren Sie es und rufen Sie einen Spezialisten; ein L3-Spezialist kann es hier ansehen, und das wird in der Beweismittelkette protokolliert.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Asservat</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>Kamerahersteller</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Kameramodell</translation>
    </message>
    <message>
        <source>Camera serial number</source>
        <translation>Seriennummer der Kamera</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Objektiv</translation>
    </message>
    <message>
        <source>Lens serial number</source>
        <translation>Seriennummer des Objektivs</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>(camera clock; time zone not recorded)</source>
        <translation>(Kamerauhr; Zeitzone nicht erfasst)</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Digitized</source>
        <translation>Digitalisiert</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>GPS time (UTC)</source>
        <translation>GPS-Zeit (UTC)</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Altitude</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>true north</source>
        <translation>geografisch Nord</translation>
    </message>
    <message>
        <source>magnetic north</source>
        <translation>magnetisch Nord</translation>
    </message>
    <message>
        <source>north</source>
        <translation>Nord</translation>
    </message>
    <message>
        <source>Camera pointing</source>
        <translation>Blickrichtung der Kamera</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Nearest place</source>
        <translation>Nächster Ort</translation>
    </message>
    <message>
        <source>away</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>(offline GeoNames gazetteer; a hint, not proof of place)</source>
        <translation>(Offline-Ortsverzeichnis GeoNames; ein Hinweis, kein Beweis für den Ort)</translation>
    </message>
    <message>
        <source>none within 250 km (open sea or remote land)</source>
        <translation>keiner im Umkreis von 250 km (offenes Meer oder abgelegenes Gebiet)</translation>
    </message>
    <message>
        <source>no GPS position recorded</source>
        <translation>keine GPS-Position erfasst</translation>
    </message>
    <message>
        <source>Where it was taken</source>
        <translation>Aufnahmeort</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>the previews are turned upright</source>
        <translation>die Vorschauen werden aufrecht gedreht</translation>
    </message>
    <message>
        <source>differs from the main picture in %1 of 64 fingerprint bits</source>
        <translation>weicht in %1 von 64 Fingerabdruck-Bits vom Hauptbild ab</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>Embedded thumbnail</source>
        <translation>Eingebettetes Vorschaubild</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Preview made from</source>
        <translation>Vorschau erstellt aus</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>How each value was obtained is shown in brackets (library : group : tag). Parsed with exifread and Pillow in a fenced worker process; the file is never changed.</source>
        <translation>In Klammern steht, wie jeder Wert gewonnen wurde (Bibliothek : Gruppe : Tag). Ausgelesen mit exifread und Pillow in einem abgeschotteten Hilfsprozess; die Datei wird nie verändert.</translation>
    </message>
    <message>
        <source>Request a specialist</source>
        <translation>Spezialisten anfordern</translation>
    </message>
    <message>
        <source>Open the case first: the request is recorded in it.</source>
        <translation>Öffnen Sie zuerst den Fall: Die Anfrage wird darin protokolliert.</translation>
    </message>
    <message>
        <source>Your request is recorded in the custody ledger (entry %d). A specialist or your supervisor will see it in the review queue.</source>
        <translation>Ihre Anfrage ist in der Beweismittelkette protokolliert (Eintrag %d). Ein Spezialist oder Ihr Vorgesetzter sieht sie in der Prüfliste.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>notable match — not shown</source>
        <translation>relevanter Treffer — nicht angezeigt</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>no picture to show (metadata only)</source>
        <translation>kein Bild anzuzeigen (nur Metadaten)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Notable known-file match: not shown.</source>
        <translation>Treffer in einer Liste bekannter Dateien: nicht angezeigt.</translation>
    </message>
    <message>
        <source>no camera recorded</source>
        <translation>keine Kamera erfasst</translation>
    </message>
    <message>
        <source>near </source>
        <translation>nahe </translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Take the photo</source>
        <translation>Foto &amp;aufnehmen</translation>
    </message>
    <message>
        <source>Save the label as</source>
        <translation>Etikett speichern unter</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the label</source>
        <translation>Etikett wird gedruckt</translation>
    </message>
    <message>
        <source>Open or make a case first.</source>
        <translation>Öffnen oder legen Sie zuerst einen Fall an.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Recording the device&apos;s facts</source>
        <translation>Gerätefakten werden protokolliert</translation>
    </message>
</context>
<context>
    <name>AuthorityForm</name>
    <message>
        <source>Warrant</source>
        <translation>Durchsuchungsbeschluss</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Statutory power</source>
        <translation>Gesetzliche Befugnis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>e.g. W-2026-0042</source>
        <translation>z. B. W-2026-0042</translation>
    </message>
    <message>
        <source>Court, magistrate, or the person consenting</source>
        <translation>Gericht, Richter oder die einwilligende Person</translation>
    </message>
    <message>
        <source>What the authority covers: the address, the people, the kinds of devices</source>
        <translation>Was sie abdeckt: Anschrift, Personen, Arten von Geräten</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Rechtsgrundlage</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>A&amp;ktenzeichen</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>Ausgestellt &amp;von</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Gültig a&amp;b</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Gültig b&amp;is</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Umfang</translation>
    </message>
    <message>
        <source>the authority must end after it starts</source>
        <translation>die Rechtsgrundlage muss nach ihrem Beginn enden</translation>
    </message>
</context>
<context>
    <name>AuthorityStep</name>
    <message>
        <source>why it is amended (a renewal, a wider scope)</source>
        <translation>warum sie geändert wird (Verlängerung, erweiterter Umfang)</translation>
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation>Be&amp;gründung</translation>
    </message>
    <message>
        <source>Re&amp;cord the authority</source>
        <translation>Rechtsgrundlage er&amp;fassen</translation>
    </message>
    <message>
        <source>Every field is needed: copy them from the warrant or the signed consent.</source>
        <translation>Jedes Feld ist nötig: Übernehmen Sie die Angaben aus dem Durchsuchungsbeschluss oder der unterschriebenen Einwilligung.</translation>
    </message>
    <message>
        <source>Re&amp;cord the amended authority</source>
        <translation>Geänderte Rechtsgrundlage er&amp;fassen</translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation>Nicht erfasst: %1.</translation>
    </message>
    <message>
        <source>Recording the authority</source>
        <translation>Rechtsgrundlage wird erfasst</translation>
    </message>
    <message>
        <source>Recorded (custody entry %1).</source>
        <translation>Erfasst (Eintrag %1 der Beweismittelkette).</translation>
    </message>
</context>
<context>
    <name>CaseNote</name>
    <message>
        <source>Open or make a case first.</source>
        <translation>Öffnen oder legen Sie zuerst einen Fall an.</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>Exhibit</source>
        <translation>Asservat</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Record or amend the legal &amp;authority…</source>
        <translation>Rechtsgrundlage erfassen oder ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Change case…</source>
        <translation>Fall &amp;wechseln…</translation>
    </message>
    <message>
        <source>My &amp;score and debrief</source>
        <translation>Meine &amp;Punkte und Nachbesprechung</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Asservate</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Kein Fall geöffnet</translation>
    </message>
    <message>
        <source>Open or make a case first (Session ▸ Change case).</source>
        <translation>Öffnen oder legen Sie zuerst einen Fall an (Sitzung ▸ Fall wechseln).</translation>
    </message>
    <message>
        <source>Case %s</source>
        <translation>Fall %s</translation>
    </message>
    <message>
        <source>STOP: %s. Nothing may be read from evidence until a legal authority in force is recorded.</source>
        <translation>STOP: %s. Von Beweismitteln darf nichts gelesen werden, bis eine gültige Rechtsgrundlage erfasst ist.</translation>
    </message>
    <message>
        <source>Legal authority: %s %s, issued by %s, valid until %s.
Scope: %s</source>
        <translation>Rechtsgrundlage: %s %s, ausgestellt von %s, gültig bis %s.
Umfang: %s</translation>
    </message>
    <message>
        <source>Training exercise “%s” (%s): %s</source>
        <translation>Übung „%s“ (%s): %s</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>No points lost.</source>
        <translation>Keine Punkte verloren.</translation>
    </message>
    <message>
        <source>Score: %d of 100</source>
        <translation>Punkte: %d von 100</translation>
    </message>
    <message>
        <source>The debrief with the reasons: %s</source>
        <translation>Die Nachbesprechung mit den Gründen: %s</translation>
    </message>
    <message>
        <source>Open the debrief</source>
        <translation>Nachbesprechung öffnen</translation>
    </message>
    <message>
        <source>Legal authority</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Why it is amended (a renewed warrant, a wider scope)</source>
        <translation>Warum sie geändert wird (neuer Durchsuchungsbeschluss, erweiterter Umfang)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Be&amp;gründung</translation>
    </message>
</context>
<context>
    <name>CaseScreen</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>e.g. OP-ORCHARD-2026-117</source>
        <translation>z. B. OP-ORCHARD-2026-117</translation>
    </message>
    <message>
        <source>Where the case is kept (never on evidence)</source>
        <translation>Wo der Fall gespeichert wird (nie auf Beweismitteln)</translation>
    </message>
    <message>
        <source>&amp;Make the case</source>
        <translation>Fall &amp;anlegen</translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation>Akten&amp;zeichen des Falls</translation>
    </message>
    <message>
        <source>Case &amp;folder</source>
        <translation>Fall&amp;ordner</translation>
    </message>
    <message>
        <source>Case folder</source>
        <translation>Fallordner</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>The legal authority for the search: nothing is read from evidence without it.</source>
        <translation>Die Rechtsgrundlage der Durchsuchung: Ohne sie wird nichts von Beweismitteln gelesen.</translation>
    </message>
    <message>
        <source>&amp;Open the chosen case</source>
        <translation>Gewählten Fall ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open &amp;another case folder…</source>
        <translation>Anderen Fallordner öffne&amp;n…</translation>
    </message>
    <message>
        <source>Continue &amp;without a case</source>
        <translation>Ohne Fall &amp;weiter</translation>
    </message>
    <message>
        <source>Lab intake (importing a package makes its case) and training (building an exercise makes it)</source>
        <translation>Laboreingang (der Import eines Pakets legt seinen Fall an) und Schulung (der Aufbau einer Übung legt ihn an)</translation>
    </message>
    <message>
        <source>Resume a case</source>
        <translation>Fall fortsetzen</translation>
    </message>
    <message>
        <source>Give the case reference and its folder.</source>
        <translation>Geben Sie das Aktenzeichen des Falls und seinen Ordner an.</translation>
    </message>
    <message>
        <source>Making the case</source>
        <translation>Fall wird angelegt</translation>
    </message>
    <message>
        <source>Opening the case</source>
        <translation>Fall wird geöffnet</translation>
    </message>
</context>
<context>
    <name>CryptoCheckPage</name>
    <message>
        <source>Type or paste a crypto-currency address, private key or seed phrase (one per line), or open a photo of a QR code. Nothing leaves this computer.</source>
        <translation>Geben Sie eine Kryptowährungsadresse, einen privaten Schlüssel oder eine Seed-Phrase ein (eine pro Zeile) oder öffnen Sie ein Foto eines QR-Codes. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>e.g. bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq
A seed phrase goes on one line, words separated by spaces.</source>
        <translation>z. B. bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq
Eine Seed-Phrase steht in einer Zeile, Wörter durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Private keys and seed phrases are always shown shortened; the ledger holds only the shortened form.</source>
        <translation>Private Schlüssel und Seed-Phrasen werden immer gekürzt angezeigt; das Protokoll enthält nur die gekürzte Form.</translation>
    </message>
    <message>
        <source>Type or paste something to check first.</source>
        <translation>Geben Sie zuerst etwas zum Prüfen ein.</translation>
    </message>
    <message>
        <source>Photo of a QR code</source>
        <translation>Foto eines QR-Codes</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.heif *.webp *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.heic *.heif *.webp *.bmp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Foto wird gelesen…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Secrets were taken out of the box above.</source>
        <translation>Geheimnisse wurden aus dem Feld oben entfernt.</translation>
    </message>
    <message>
        <source>%1 checked, %2 valid.</source>
        <translation>%1 geprüft, %2 gültig.</translation>
    </message>
    <message>
        <source>Read from the photo %1.</source>
        <translation>Aus dem Foto %1 gelesen.</translation>
    </message>
    <message>
        <source>Each check is recorded in the custody ledger of %1.</source>
        <translation>Jede Prüfung wird in der Beweismittelkette von %1 protokolliert.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Read &amp;QR code from a photo…</source>
        <translation>&amp;QR-Code aus einem Foto lesen…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>(not from an exhibit)</source>
        <translation>(nicht von einem Asservat)</translation>
    </message>
    <message>
        <source>Found on e&amp;xhibit</source>
        <translation>Gefunden auf &amp;Asservat</translation>
    </message>
    <message>
        <source>Not recorded: no case is open.</source>
        <translation>Nicht protokolliert: Kein Fall ist geöffnet.</translation>
    </message>
    <message>
        <source>Could not finish: </source>
        <translation>Konnte nicht abgeschlossen werden: </translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>PRIVATE KEY</source>
        <translation>PRIVATER SCHLÜSSEL</translation>
    </message>
    <message>
        <source>extended key</source>
        <translation>erweiterter Schlüssel</translation>
    </message>
    <message>
        <source>SEED PHRASE</source>
        <translation>SEED-PHRASE</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>GÜLTIG</translation>
    </message>
    <message>
        <source>ON A WATCH LIST</source>
        <translation>AUF EINER BEOBACHTUNGSLISTE</translation>
    </message>
    <message>
        <source>NOT RECOGNISED</source>
        <translation>NICHT ERKANNT</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Hidden characters</source>
        <translation>Versteckte Zeichen</translation>
    </message>
    <message>
        <source>Text checked</source>
        <translation>Geprüfter Text</translation>
    </message>
    <message>
        <source>Could be</source>
        <translation>Könnte sein</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Watch lists</source>
        <translation>Beobachtungslisten</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Beweismittelkette</translation>
    </message>
    <message>
        <source>recorded as entry %1</source>
        <translation>protokolliert als Eintrag %1</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <source>Do something else: %1</source>
        <translation>Etwas anderes tun: %1</translation>
    </message>
    <message>
        <source>e.g. switched it off: no signal bag</source>
        <translation>z. B. ausgeschaltet: keine Abschirmtasche</translation>
    </message>
    <message>
        <source>A supervisor reviews every deviation.</source>
        <translation>Ein Vorgesetzter prüft jede Abweichung.</translation>
    </message>
    <message>
        <source>What &amp;was done instead *</source>
        <translation>&amp;Was stattdessen getan wurde *</translation>
    </message>
    <message>
        <source>&amp;Why (written reason) *</source>
        <translation>Wa&amp;rum (schriftliche Begründung) *</translation>
    </message>
    <message>
        <source>Recording the deviation</source>
        <translation>Abweichung wird protokolliert</translation>
    </message>
</context>
<context>
    <name>DeviceForm</name>
    <message>
        <source>e.g. ABC/1 (the number on the bag)</source>
        <translation>z. B. ABC/1 (die Nummer auf dem Beutel)</translation>
    </message>
    <message>
        <source>— choose what it is —</source>
        <translation>— Art auswählen —</translation>
    </message>
    <message>
        <source>phones: *#06# shows it; do not unlock</source>
        <translation>Telefone: *#06# zeigt sie an; nicht entsperren</translation>
    </message>
    <message>
        <source>the number on the evidence bag&apos;s seal</source>
        <translation>die Nummer auf dem Siegel des Beweismittelbeutels</translation>
    </message>
    <message>
        <source>where it was found, what is connected</source>
        <translation>wo es gefunden wurde, was angeschlossen ist</translation>
    </message>
    <message>
        <source>Photos from a camera &amp;folder…</source>
        <translation>Fotos aus einem Kamera&amp;ordner…</translation>
    </message>
    <message>
        <source>C&amp;lear photos</source>
        <translation>Fotos &amp;leeren</translation>
    </message>
    <message>
        <source>Take a photo with this computer&apos;s ca&amp;mera</source>
        <translation>Foto mit der &amp;Kamera dieses Computers aufnehmen</translation>
    </message>
    <message>
        <source>No camera on this computer</source>
        <translation>Keine Kamera an diesem Computer</translation>
    </message>
    <message>
        <source>E&amp;xhibit number *</source>
        <translation>Asservat&amp;nummer *</translation>
    </message>
    <message>
        <source>&amp;What is it *</source>
        <translation>&amp;Was ist es *</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Ma&amp;ke and model</source>
        <translation>&amp;Hersteller und Modell</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>&amp;Serial / IMEI</source>
        <translation>&amp;Seriennr. / IMEI</translation>
    </message>
    <message>
        <source>S&amp;eal number</source>
        <translation>Si&amp;egelnummer</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Bemerkung</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>&amp;Register this device</source>
        <translation>Gerät &amp;registrieren</translation>
    </message>
    <message>
        <source>The camera&apos;s photo folder</source>
        <translation>Der Fotoordner der Kamera</translation>
    </message>
    <message>
        <source>Fill in the exhibit number and what the device is (fields marked *).</source>
        <translation>Füllen Sie die Asservatnummer und die Geräteart aus (mit * markierte Felder).</translation>
    </message>
    <message>
        <source>Registering the device</source>
        <translation>Gerät wird registriert</translation>
    </message>
    <message>
        <source>%1 is registered (%2).</source>
        <translation>%1 ist registriert (%2).</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>&amp;Get the instruction</source>
        <translation>&amp;Anweisung holen</translation>
    </message>
    <message>
        <source>Call a &amp;specialist for this device</source>
        <translation>&amp;Spezialisten für dieses Gerät rufen</translation>
    </message>
    <message>
        <source>I have &amp;done this</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Do something &amp;else…</source>
        <translation>Etwas an&amp;deres tun…</translation>
    </message>
    <message>
        <source>Cannot do it as it says?</source>
        <translation>Geht es nicht wie angegeben?</translation>
    </message>
    <message>
        <source>Request a specialist first; then confirm that nobody touches the device.</source>
        <translation>Fordern Sie zuerst einen Spezialisten an; bestätigen Sie dann, dass niemand das Gerät berührt.</translation>
    </message>
    <message>
        <source>In this exercise you see: </source>
        <translation>In dieser Übung sehen Sie: </translation>
    </message>
    <message>
        <source>Something else was done instead (recorded with its reason).</source>
        <translation>Stattdessen wurde etwas anderes getan (mit Begründung protokolliert).</translation>
    </message>
    <message>
        <source>Carried out.</source>
        <translation>Ausgeführt.</translation>
    </message>
    <message>
        <source>Getting the instruction</source>
        <translation>Anweisung wird geholt</translation>
    </message>
    <message>
        <source>Recording what you did</source>
        <translation>Ihre Handlung wird protokolliert</translation>
    </message>
    <message>
        <source>Requesting a specialist</source>
        <translation>Spezialist wird angefordert</translation>
    </message>
    <message>
        <source>A specialist is requested (custody entry %1). Keep everyone away from the device, then press &quot;I have done this&quot;.</source>
        <translation>Ein Spezialist ist angefordert (Eintrag %1 der Beweismittelkette). Halten Sie alle vom Gerät fern und drücken Sie dann „Erledigt“.</translation>
    </message>
</context>
<context>
    <name>DeviceQueue</name>
    <message>
        <source>%1 is dealt with. </source>
        <translation>%1 ist erledigt. </translation>
    </message>
    <message>
        <source>Device %1 of %2 · %3 still to deal with</source>
        <translation>Gerät %1 von %2 · noch %3 offen</translation>
    </message>
    <message>
        <source>Every registered device is decided and its instruction carried out.</source>
        <translation>Für jedes registrierte Gerät ist entschieden und seine Anweisung ausgeführt.</translation>
    </message>
    <message>
        <source>No device is registered yet.</source>
        <translation>Noch kein Gerät registriert.</translation>
    </message>
</context>
<context>
    <name>DeviceRegister</name>
    <message>
        <source>Device register</source>
        <translation>Geräteverzeichnis</translation>
    </message>
    <message>
        <source>&amp;Register a device…</source>
        <translation>Gerät &amp;registrieren…</translation>
    </message>
    <message>
        <source>Add &amp;photos of the chosen device…</source>
        <translation>&amp;Fotos zum gewählten Gerät hinzufügen…</translation>
    </message>
    <message>
        <source>Print its &amp;label…</source>
        <translation>E&amp;tikett drucken…</translation>
    </message>
    <message>
        <source>Register a device</source>
        <translation>Gerät registrieren</translation>
    </message>
    <message>
        <source>The camera&apos;s photo folder</source>
        <translation>Der Fotoordner der Kamera</translation>
    </message>
    <message>
        <source>%1 photo(s) of %2 added (custody entry %3).</source>
        <translation>%1 Foto(s) von %2 hinzugefügt (Eintrag %3 der Beweismittelkette).</translation>
    </message>
    <message>
        <source>Adding the photos</source>
        <translation>Fotos werden hinzugefügt</translation>
    </message>
</context>
<context>
    <name>DeviceTable</name>
    <message>
        <source>Exhibit</source>
        <translation>Asservat</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Serial / IMEI</source>
        <translation>Seriennr. / IMEI</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Siegel</translation>
    </message>
    <message>
        <source>State at seizure</source>
        <translation>Zustand bei Sicherstellung</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>something else (reason recorded)</source>
        <translation>etwas anderes (Begründung protokolliert)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>the folder to write it to, e.g. the exhibit drive</source>
        <translation>der Zielordner, z. B. der Asservat-Datenträger</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wä&amp;hlen…</translation>
    </message>
    <message>
        <source>&amp;Export the documentation package</source>
        <translation>Dokumentationspaket e&amp;xportieren</translation>
    </message>
    <message>
        <source>Write to *</source>
        <translation>Ziel *</translation>
    </message>
    <message>
        <source>Last package: %1 (%2).</source>
        <translation>Letztes Paket: %1 (%2).</translation>
    </message>
    <message>
        <source>Where to write the package</source>
        <translation>Wohin das Paket geschrieben wird</translation>
    </message>
    <message>
        <source>Choose the folder to write the package to first.</source>
        <translation>Wählen Sie zuerst den Zielordner für das Paket.</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Paket wird exportiert</translation>
    </message>
    <message>
        <source>Package written: %1 (%2 files). Hand it over with the sealed bags. Custody head: %3</source>
        <translation>Paket geschrieben: %1 (%2 Dateien). Übergeben Sie es mit den versiegelten Beuteln. Kopf der Beweismittelkette: %3</translation>
    </message>
</context>
<context>
    <name>FactQuestion</name>
    <message>
        <source>&amp;Save the answer</source>
        <translation>Antwort &amp;speichern</translation>
    </message>
    <message>
        <source>An answer is needed to go on.</source>
        <translation>Zum Weitermachen ist eine Antwort nötig.</translation>
    </message>
    <message>
        <source>Recording the answer</source>
        <translation>Antwort wird protokolliert</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Record what is missing</source>
        <translation>Fehlendes erfassen</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
</context>
<context>
    <name>FileResultsModel</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Analyzer</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>By artefact</source>
        <translation>Nach Artefakt</translation>
    </message>
    <message>
        <source>By exhibit</source>
        <translation>Nach Asservat</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Reason (optional to confirm or dismiss; required to reveal a secret)</source>
        <translation>Begründung (optional zum Bestätigen oder Verwerfen; nötig zum Aufdecken eines Geheimnisses)</translation>
    </message>
    <message>
        <source>Secret in clear:</source>
        <translation>Geheimnis im Klartext:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>All exhibits</source>
        <translation>Alle Asservate</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Reveal secret (L3)…</source>
        <translation>Geheimnis &amp;aufdecken (L3)…</translation>
    </message>
    <message>
        <source>Each decision on what the scan found is recorded in the custody ledger with your name.</source>
        <translation>Jede Entscheidung zu den Funden des Scans wird mit Ihrem Namen in der Beweismittelkette protokolliert.</translation>
    </message>
    <message>
        <source>Reading the findings</source>
        <translation>Funde werden gelesen</translation>
    </message>
    <message>
        <source>%1 findings. Select one to see how it was found and to confirm or dismiss it.</source>
        <translation>%1 Funde. Wählen Sie einen aus, um zu sehen, wie er gefunden wurde, und um ihn zu bestätigen oder zu verwerfen.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where in it</source>
        <translation>Stelle in der Datei</translation>
    </message>
    <message>
        <source>Times in the file</source>
        <translation>Zeitangaben in der Datei</translation>
    </message>
    <message>
        <source>Analyzer</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Watch lists</source>
        <translation>Beobachtungslisten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>This is a key to funds. It is shown shortened; only an L3 specialist can reveal it, and that is recorded.</source>
        <translation>Dies ist ein Schlüssel zu Geldmitteln. Er wird gekürzt angezeigt; nur ein L3-Spezialist kann ihn aufdecken, und das wird protokolliert.</translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translation>Entscheidung wird protokolliert</translation>
    </message>
    <message>
        <source>Finding %1 %2; recorded in the custody ledger.</source>
        <translation>Fund %1 %2; in der Beweismittelkette protokolliert.</translation>
    </message>
    <message>
        <source>Requesting a specialist</source>
        <translation>Spezialist wird angefordert</translation>
    </message>
    <message>
        <source>Write the reason first: revealing a secret is recorded with why it was needed.</source>
        <translation>Schreiben Sie zuerst die Begründung: Das Aufdecken eines Geheimnisses wird mit seinem Grund protokolliert.</translation>
    </message>
    <message>
        <source>Revealing the secret</source>
        <translation>Geheimnis wird aufgedeckt</translation>
    </message>
    <message>
        <source>A specialist has been requested for this finding (custody entry %1). Leave the secret where it is and do not copy it.</source>
        <translation>Für diesen Fund wurde ein Spezialist angefordert (Eintrag %1 der Beweismittelkette). Lassen Sie das Geheimnis, wo es ist, und kopieren Sie es nicht.</translation>
    </message>
    <message>
        <source>Revealed from the evidence and recorded (custody entry %1). Hide it when done.</source>
        <translation>Aus dem Beweismittel aufgedeckt und protokolliert (Eintrag %1 der Beweismittelkette). Verbergen Sie es danach wieder.</translation>
    </message>
</context>
<context>
    <name>GuardedAction</name>
    <message>
        <source>Request a specialist</source>
        <translation>Spezialisten anfordern</translation>
    </message>
    <message>
        <source>Locked: %s (needs %s)</source>
        <translation>Gesperrt: %s (erfordert %s)</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Lab intake</source>
        <translation>Laboreingang</translation>
    </message>
    <message>
        <source>Check a triage package before you accept it; the package is only read. Importing copies it read-only into the lab store and records the receipt there.</source>
        <translation>Prüfen Sie ein Triage-Paket, bevor Sie es annehmen; das Paket wird nur gelesen. Der Import kopiert es schreibgeschützt in den Laborspeicher und protokolliert dort den Eingang.</translation>
    </message>
    <message>
        <source>&amp;Check and import</source>
        <translation>Prüfen &amp;und importieren</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Asservat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Beamter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Officer&apos;s decision</source>
        <translation>Entscheidung des Beamten</translation>
    </message>
    <message>
        <source>E&amp;xhibits</source>
        <translation>&amp;Asservate</translation>
    </message>
    <message>
        <source>Custody &amp;timeline</source>
        <translation>&amp;Zeitachse der Beweismittelkette</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Funde</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>F&amp;otos</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>The package folder (TRIAGE_…) on the exhibit drive</source>
        <translation>Der Paketordner (TRIAGE_…) auf dem Asservat-Datenträger</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <source>Triage package folder</source>
        <translation>Ordner des Triage-Pakets</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>SIMULATION — training material, not evidence</source>
        <translation>SIMULATION — Übungsmaterial, keine Beweismittel</translation>
    </message>
    <message>
        <source>The lab store folder the package is copied into</source>
        <translation>Der Ordner des Laborspeichers, in den das Paket kopiert wird</translation>
    </message>
    <message>
        <source>This is a training package (&amp;SIMULATION): import it, marked as such</source>
        <translation>Dies ist ein Übungspaket (&amp;SIMULATION): als solches markiert importieren</translation>
    </message>
    <message>
        <source>&amp;Import into the lab store</source>
        <translation>In den Laborspeicher &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Open an imported package…</source>
        <translation>Importiertes Paket &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Paket</translation>
    </message>
    <message>
        <source>&amp;Lab store</source>
        <translation>&amp;Laborspeicher</translation>
    </message>
    <message>
        <source>Lab store folder</source>
        <translation>Ordner des Laborspeichers</translation>
    </message>
    <message>
        <source>Scene photos of the package. Press Enter or double-click to open one in the system&apos;s viewer (a read-only copy).</source>
        <translation>Tatortfotos des Pakets. Drücken Sie die Eingabetaste oder doppelklicken Sie, um eines im Bildbetrachter des Systems zu öffnen (eine schreibgeschützte Kopie).</translation>
    </message>
    <message>
        <source>Open the &amp;HTML report</source>
        <translation>&amp;HTML-Bericht öffnen</translation>
    </message>
    <message>
        <source>Open the P&amp;DF report to print</source>
        <translation>P&amp;DF-Bericht zum Drucken öffnen</translation>
    </message>
    <message>
        <source>Safe to open</source>
        <translation>Sicher zu öffnen</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Kennzeichnung</translation>
    </message>
    <message>
        <source>Bag complete, hashes match</source>
        <translation>Paket vollständig, Hashwerte stimmen</translation>
    </message>
    <message>
        <source>Custody chain</source>
        <translation>Beweismittelkette</translation>
    </message>
    <message>
        <source>Signature and signer</source>
        <translation>Signatur und Unterzeichner</translation>
    </message>
    <message>
        <source>Choose the package folder first.</source>
        <translation>Wählen Sie zuerst den Paketordner.</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Paket wird geprüft</translation>
    </message>
    <message>
        <source>VERIFIED: the package is whole, signed by an officer this lab trusts, and its custody chain holds.</source>
        <translation>VERIFIZIERT: Das Paket ist vollständig, von einem Beamten signiert, dem dieses Labor vertraut, und seine Beweismittelkette ist lückenlos.</translation>
    </message>
    <message>
        <source>REFUSED: do not accept this package: %d problem(s) found.</source>
        <translation>ABGELEHNT: Nehmen Sie dieses Paket nicht an: %d Problem(e) gefunden.</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ BESTANDEN</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ FEHLER</translation>
    </message>
    <message>
        <source>– not checked</source>
        <translation>– nicht geprüft</translation>
    </message>
    <message>
        <source>Checked %s.</source>
        <translation>Geprüft: %s.</translation>
    </message>
    <message>
        <source>Not checked: an earlier check failed.</source>
        <translation>Nicht geprüft: Eine frühere Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>… and %d more problem(s)</source>
        <translation>… und %d weitere(s) Problem(e)</translation>
    </message>
    <message>
        <source>No links, devices, unsafe paths or oversized manifests.</source>
        <translation>Keine Verknüpfungen, Gerätedateien, unsicheren Pfade oder übergroßen Manifeste.</translation>
    </message>
    <message>
        <source>SIMULATION: training material, never evidence.</source>
        <translation>SIMULATION: Übungsmaterial, niemals Beweismittel.</translation>
    </message>
    <message>
        <source>LIVE: real evidence of case %s.</source>
        <translation>ECHT: echte Beweismittel des Falls %s.</translation>
    </message>
    <message numerus="yes">
        <source>%n payload file(s); every file matches its SHA-256 and SHA-512.</source>
        <translation>
            <numerusform>%n Nutzdatei; sie stimmt mit ihrem SHA-256 und SHA-512 überein.</numerusform>
            <numerusform>%n Nutzdateien; jede Datei stimmt mit ihrem SHA-256 und SHA-512 überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, unbroken and signed to its end; it matches the package&apos;s label.</source>
        <translation>
            <numerusform>%n Eintrag, lückenlos und bis zum Ende signiert; er stimmt mit dem Etikett des Pakets überein.</numerusform>
            <numerusform>%n Einträge, lückenlos und bis zum Ende signiert; sie stimmen mit dem Etikett des Pakets überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %s, a key this lab trusts.</source>
        <translation>Signiert von %s, einem Schlüssel, dem dieses Labor vertraut.</translation>
    </message>
    <message>
        <source>Choose the package and the lab store folder first.</source>
        <translation>Wählen Sie zuerst das Paket und den Ordner des Laborspeichers.</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Paket wird importiert</translation>
    </message>
    <message>
        <source>Imported read-only into %s; the receipt is in the lab&apos;s custody ledger there.</source>
        <translation>Schreibgeschützt importiert nach %s; der Eingang steht dort in der Beweismittelkette des Labors.</translation>
    </message>
    <message>
        <source>An imported package</source>
        <translation>Ein importiertes Paket</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>received into the lab store</source>
        <translation>in den Laborspeicher übernommen</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>, about %s left</source>
        <translation>, noch etwa %s</translation>
    </message>
    <message>
        <source>%s: %d of %d files, %s of %s%s</source>
        <translation>%s: %d von %d Dateien, %s von %s%s</translation>
    </message>
</context>
<context>
    <name>JobStrip</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message>
        <source>&amp;Print the label of the chosen exhibit…</source>
        <translation>E&amp;tikett des gewählten Asservats drucken…</translation>
    </message>
    <message>
        <source>— label printed: %1</source>
        <translation>— Etikett gedruckt: %1</translation>
    </message>
    <message>
        <source>— no label yet</source>
        <translation>— noch kein Etikett</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SIMULATION — a training exercise on synthetic evidence, not a real case</source>
        <translation>SIMULATION — eine Übung mit synthetischen Beweismitteln, kein echter Fall</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Einsatzort</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Scan evidence</source>
        <translation>Beweismittel scannen</translation>
    </message>
    <message>
        <source>Check an address</source>
        <translation>Adresse prüfen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funde</translation>
    </message>
    <message>
        <source>Preserve &amp; hand over</source>
        <translation>Sichern &amp; übergeben</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Lab intake</source>
        <translation>Laboreingang</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Arbeit läuft</translation>
    </message>
    <message>
        <source>A task is still running: wait for it or cancel it before signing out.</source>
        <translation>Eine Aufgabe läuft noch: Warten Sie auf sie oder brechen Sie sie ab, bevor Sie sich abmelden.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Trainer: inject an event…</source>
        <translation>&amp;Ausbilder: Ereignis einspielen…</translation>
    </message>
    <message>
        <source>&amp;Change case…</source>
        <translation>Fall &amp;wechseln…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Event injected (custody entry %d).</source>
        <translation>Ereignis eingespielt (Protokolleintrag %d).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used when the running task has finished and the window is next opened.</source>
        <translation>Die neue Sprache gilt, sobald die laufende Aufgabe beendet ist und das Fenster neu geöffnet wird.</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Officer: </source>
        <translation>Beamter: </translation>
    </message>
    <message>
        <source>Case: </source>
        <translation>Fall: </translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keiner geöffnet</translation>
    </message>
    <message>
        <source>A task is still running. Cancel it and close? What it finished stays in the case; what it had not finished is discarded, and the cancel is recorded in the custody ledger.</source>
        <translation>Eine Aufgabe läuft noch. Abbrechen und schließen? Was sie fertiggestellt hat, bleibt im Fall; Unfertiges wird verworfen, und der Abbruch wird in der Beweismittelkette protokolliert.</translation>
    </message>
    <message>
        <source>Cancelling the running task…</source>
        <translation>Laufende Aufgabe wird abgebrochen…</translation>
    </message>
    <message>
        <source>Still stopping</source>
        <translation>Wird noch beendet</translation>
    </message>
    <message>
        <source>The task has not stopped yet; the window stays open until it has.</source>
        <translation>Die Aufgabe ist noch nicht beendet; das Fenster bleibt offen, bis sie es ist.</translation>
    </message>
</context>
<context>
    <name>NewOfficerDialog</name>
    <message>
        <source>New officer profile</source>
        <translation>Neues Beamtenprofil</translation>
    </message>
    <message>
        <source>Collar or staff number, e.g. PC-1234</source>
        <translation>Dienstnummer, z. B. PC-1234</translation>
    </message>
    <message>
        <source>Levels: </source>
        <translation>Stufen: </translation>
    </message>
    <message>
        <source>Officer &amp;ID</source>
        <translation>Beamten-&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>Be&amp;hörde</translation>
    </message>
    <message>
        <source>&amp;Endorsements</source>
        <translation>&amp;Befähigungen</translation>
    </message>
    <message>
        <source>Key &amp;passphrase</source>
        <translation>&amp;Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PhotoMapView</name>
    <message>
        <source>Offline map: Natural Earth (public domain), places © GeoNames (CC BY 4.0)</source>
        <translation>Offline-Karte: Natural Earth (gemeinfrei), Orte © GeoNames (CC BY 4.0)</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <source>Open a folder of photos…</source>
        <translation>Fotoordner öffnen…</translation>
    </message>
    <message>
        <source>Open photo files…</source>
        <translation>Fotodateien öffnen…</translation>
    </message>
    <message>
        <source>All exhibits</source>
        <translation>Alle Asservate</translation>
    </message>
    <message>
        <source>Show the &amp;case&apos;s photos</source>
        <translation>Fotos des &amp;Falls zeigen</translation>
    </message>
    <message>
        <source>The images the scans of the chosen exhibit found, read again (read-only) from the original evidence</source>
        <translation>Die Bilder, die die Scans des gewählten Asservats gefunden haben, erneut (schreibgeschützt) aus dem Originalbeweismittel gelesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Photos are opened read-only. Notable known-file matches are never shown.</source>
        <translation>Fotos werden schreibgeschützt geöffnet. Treffer in Listen bekannter Dateien werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Only photos with a GPS position</source>
        <translation>Nur Fotos mit GPS-Position</translation>
    </message>
    <message>
        <source>Time taken, oldest first</source>
        <translation>Aufnahmezeit, älteste zuerst</translation>
    </message>
    <message>
        <source>Time taken, newest first</source>
        <translation>Aufnahmezeit, neueste zuerst</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation>Sortieren:</translation>
    </message>
    <message>
        <source>Fit to the photos</source>
        <translation>An Fotos anpassen</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Ganze Welt</translation>
    </message>
    <message>
        <source>Click a dot to pick its photo. Wheel: zoom; drag: move.</source>
        <translation>Klicken Sie auf einen Punkt, um sein Foto zu wählen. Mausrad: Zoom; Ziehen: Verschieben.</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Show this &amp;notable photo (recorded in custody)</source>
        <translation>Dieses relevante Foto &amp;zeigen (wird protokolliert)</translation>
    </message>
    <message>
        <source>&amp;Export positions for the lab (KML and GeoJSON)…</source>
        <translation>Positionen für das Labor e&amp;xportieren (KML und GeoJSON)…</translation>
    </message>
    <message>
        <source>Open or make a case first.</source>
        <translation>Öffnen oder legen Sie zuerst einen Fall an.</translation>
    </message>
    <message>
        <source>Request a specialist</source>
        <translation>Spezialisten anfordern</translation>
    </message>
    <message>
        <source>Folder of photos</source>
        <translation>Fotoordner</translation>
    </message>
    <message>
        <source>Photo files</source>
        <translation>Fotodateien</translation>
    </message>
    <message>
        <source>Still reading photos: cancel first.</source>
        <translation>Fotos werden noch gelesen: zuerst abbrechen.</translation>
    </message>
    <message>
        <source>Reading the photos</source>
        <translation>Fotos werden gelesen</translation>
    </message>
    <message>
        <source>Cancelled. The photos read so far are shown.</source>
        <translation>Abgebrochen. Die bisher gelesenen Fotos werden angezeigt.</translation>
    </message>
    <message>
        <source>Listing the photos…</source>
        <translation>Fotos werden aufgelistet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Listing the photos: %n found so far</source>
        <translation>
            <numerusform>Fotos werden aufgelistet: bisher %n gefunden</numerusform>
            <numerusform>Fotos werden aufgelistet: bisher %n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading photos: %1 of %2</source>
        <translation>Fotos werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>%1 photos, %2 with a GPS position.</source>
        <translation>%1 Fotos, %2 mit GPS-Position.</translation>
    </message>
    <message>
        <source>Notable matches not shown: %1.</source>
        <translation>Nicht angezeigte relevante Treffer: %1.</translation>
    </message>
    <message>
        <source>With warnings: %1 (see each photo&apos;s details).</source>
        <translation>Mit Warnungen: %1 (siehe Details des jeweiligen Fotos).</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Alle Kameras</translation>
    </message>
    <message>
        <source>(no camera recorded)</source>
        <translation>(keine Kamera erfasst)</translation>
    </message>
    <message>
        <source>Open photos, then pick one to see its details.</source>
        <translation>Öffnen Sie Fotos und wählen Sie dann eines, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>View a notable photo</source>
        <translation>Relevantes Foto ansehen</translation>
    </message>
    <message>
        <source>Why do you need to see it? (recorded in custody)</source>
        <translation>Warum müssen Sie es sehen? (wird protokolliert)</translation>
    </message>
    <message>
        <source>Viewing the notable photo</source>
        <translation>Relevantes Foto wird angezeigt</translation>
    </message>
    <message>
        <source>Shown to you and recorded in the custody ledger (photo.notable-viewed).</source>
        <translation>Ihnen angezeigt und in der Beweismittelkette protokolliert (photo.notable-viewed).</translation>
    </message>
    <message>
        <source>A note for the specialist (optional):</source>
        <translation>Eine Notiz für den Spezialisten (optional):</translation>
    </message>
    <message>
        <source>Request recorded in the custody ledger (entry %1).</source>
        <translation>Anfrage in der Beweismittelkette protokolliert (Eintrag %1).</translation>
    </message>
    <message>
        <source>Requesting a specialist</source>
        <translation>Spezialist wird angefordert</translation>
    </message>
    <message>
        <source>Folder for the KML and GeoJSON files</source>
        <translation>Ordner für die KML- und GeoJSON-Dateien</translation>
    </message>
    <message>
        <source>Exported %1 positions to %2 and %3.</source>
        <translation>%1 Positionen nach %2 und %3 exportiert.</translation>
    </message>
    <message>
        <source>Exporting the positions</source>
        <translation>Positionen werden exportiert</translation>
    </message>
</context>
<context>
    <name>PreservePage</name>
    <message>
        <source>Folder, disk image or device to preserve</source>
        <translation>Ordner, Datenträgerabbild oder Gerät zum Sichern</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wä&amp;hlen…</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>E&amp;xhibit</source>
        <translation>Asser&amp;vat</translation>
    </message>
    <message>
        <source>optional, e.g. *.jpg  /Users/*/Documents/**</source>
        <translation>optional, z. B. *.jpg  /Users/*/Documents/**</translation>
    </message>
    <message>
        <source>include deleted files</source>
        <translation>gelöschte Dateien einbeziehen</translation>
    </message>
    <message>
        <source>C&amp;ollect files</source>
        <translation>Dateien &amp;sammeln</translation>
    </message>
    <message>
        <source>Collect files (copied, hashed and verified)</source>
        <translation>Dateien sammeln (kopiert, gehasht und verifiziert)</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Nur</translation>
    </message>
    <message>
        <source>optional segment size, e.g. 2G</source>
        <translation>optionale Segmentgröße, z. B. 2G</translation>
    </message>
    <message>
        <source>&amp;Make the image</source>
        <translation>Abbild &amp;erstellen</translation>
    </message>
    <message>
        <source>Make a disk image (hash on read, verify after write)</source>
        <translation>Datenträgerabbild erstellen (Hash beim Lesen, Prüfung nach dem Schreiben)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Add scene &amp;photos…</source>
        <translation>Tatort&amp;fotos hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Export the triage package</source>
        <translation>Triage-Paket e&amp;xportieren</translation>
    </message>
    <message>
        <source>Open or make a case first.</source>
        <translation>Öffnen oder legen Sie zuerst einen Fall an.</translation>
    </message>
    <message>
        <source>Where to write the package (e.g. the exhibit stick)</source>
        <translation>Wohin das Paket geschrieben wird (z. B. der Asservat-Stick)</translation>
    </message>
    <message>
        <source>Document and hand over</source>
        <translation>Dokumentieren und übergeben</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sources are read-only; every step goes into the custody ledger.</source>
        <translation>Quellen werden nur gelesen; jeder Schritt kommt in die Beweismittelkette.</translation>
    </message>
    <message>
        <source>Collected %1 files (%2) into exhibit %3, each verified after writing.</source>
        <translation>%1 Dateien (%2) in Asservat %3 gesammelt, jede nach dem Schreiben verifiziert.</translation>
    </message>
    <message>
        <source>The split size</source>
        <translation>Die Teilungsgröße</translation>
    </message>
    <message>
        <source>Image of %1 written and verified: SHA-256 %2</source>
        <translation>Abbild von %1 geschrieben und verifiziert: SHA-256 %2</translation>
    </message>
    <message>
        <source>Scene photos to add</source>
        <translation>Hinzuzufügende Tatortfotos</translation>
    </message>
    <message>
        <source>%1 scene photo(s) added to the case.</source>
        <translation>%1 Tatortfoto(s) zum Fall hinzugefügt.</translation>
    </message>
    <message>
        <source>Choose where to write the package first.</source>
        <translation>Wählen Sie zuerst, wohin das Paket geschrieben wird.</translation>
    </message>
    <message>
        <source>Package written: %1 (%2 files, mode %3). Write the custody head on the exhibit label: %4</source>
        <translation>Paket geschrieben: %1 (%2 Dateien, Modus %3). Schreiben Sie den Kopf der Beweismittelkette auf das Asservatetikett: %4</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Recorded. Try again.</source>
        <translation>Protokolliert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>Die Aufgabe</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, noch %1</translation>
    </message>
    <message>
        <source>Choose the source to preserve first.</source>
        <translation>Wählen Sie zuerst die zu sichernde Quelle.</translation>
    </message>
    <message>
        <source>Register the device first, then choose it as the exhibit.</source>
        <translation>Registrieren Sie zuerst das Gerät und wählen Sie es dann als Asservat.</translation>
    </message>
    <message>
        <source>Disk image or file</source>
        <translation>Datenträgerabbild oder Datei</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>Registered so far</source>
        <translation>Bisher registriert</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Folder, disk image (.dd, .E01, .001) or device</source>
        <translation>Ordner, Datenträgerabbild (.dd, .E01, .001) oder Gerät</translation>
    </message>
    <message>
        <source>Evidence is opened read-only. Every step is recorded in the case&apos;s custody ledger.</source>
        <translation>Beweismittel werden schreibgeschützt geöffnet. Jeder Schritt wird in der Beweismittelkette des Falls protokolliert.</translation>
    </message>
    <message>
        <source>Folder or mounted drive to scan</source>
        <translation>Zu scannender Ordner oder eingehängter Datenträger</translation>
    </message>
    <message>
        <source>Disk image to scan</source>
        <translation>Zu scannendes Datenträgerabbild</translation>
    </message>
    <message>
        <source>Disk images (*.dd *.raw *.img *.E01 *.001 *.000 *.iso *.dmg);;All files (*)</source>
        <translation>Datenträgerabbilder (*.dd *.raw *.img *.E01 *.001 *.000 *.iso *.dmg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>&amp;Image file…</source>
        <translation>Abbild&amp;datei…</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>E&amp;xhibit</source>
        <translation>Asser&amp;vat</translation>
    </message>
    <message>
        <source>&amp;Start scan</source>
        <translation>Scan &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Choose the exhibit (register the device first) and its source.</source>
        <translation>Wählen Sie das Asservat (registrieren Sie zuerst das Gerät) und seine Quelle.</translation>
    </message>
    <message>
        <source>Opening the source…</source>
        <translation>Quelle wird geöffnet…</translation>
    </message>
    <message>
        <source>Going on…</source>
        <translation>Es geht weiter…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Paused: nothing is read until you resume.</source>
        <translation>Pausiert: Nichts wird gelesen, bis Sie fortsetzen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Listing the source: %n entries so far</source>
        <translation>
            <numerusform>Quelle wird aufgelistet: bisher %n Eintrag</numerusform>
            <numerusform>Quelle wird aufgelistet: bisher %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, noch %1</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Recorded. Start the scan again.</source>
        <translation>Protokolliert. Starten Sie den Scan erneut.</translation>
    </message>
    <message>
        <source>The scan did not finish; the reason is below.</source>
        <translation>Der Scan wurde nicht abgeschlossen; der Grund steht unten.</translation>
    </message>
    <message>
        <source>An internal error stopped the scan: %1</source>
        <translation>Ein interner Fehler hat den Scan gestoppt: %1</translation>
    </message>
    <message>
        <source>The scan</source>
        <translation>Der Scan</translation>
    </message>
    <message>
        <source>URGENT: %1 private keys, seed phrases or wallet files - %2 (the Findings page lists them first). </source>
        <translation>DRINGEND: %1 private Schlüssel, Seed-Phrasen oder Wallet-Dateien - %2 (die Seite Funde listet sie zuerst). </translation>
    </message>
    <message>
        <source>Scan finished: </source>
        <translation>Scan abgeschlossen: </translation>
    </message>
    <message>
        <source> Resumed an interrupted scan.</source>
        <translation> Ein unterbrochener Scan wurde fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>SceneChecklist</name>
    <message>
        <source>Scene checklist</source>
        <translation>Checkliste Einsatzort</translation>
    </message>
    <message>
        <source>&amp;Open items (☐), then every step: ☑ done, · not reached</source>
        <translation>&amp;Offen (☐), dann alle Schritte: ☑ erledigt, · nicht erreicht</translation>
    </message>
</context>
<context>
    <name>SceneExpert</name>
    <message>
        <source>Scene — expert view</source>
        <translation>Einsatzort — Expertenansicht</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>Er&amp;ledigt</translation>
    </message>
    <message>
        <source>De&amp;viate…</source>
        <translation>Ab&amp;weichen…</translation>
    </message>
    <message>
        <source>Record &amp;fact</source>
        <translation>&amp;Tatsache erfassen</translation>
    </message>
    <message>
        <source>Scene p&amp;hotos…</source>
        <translation>Tatort&amp;fotos…</translation>
    </message>
    <message>
        <source>Scene photos</source>
        <translation>Tatortfotos</translation>
    </message>
    <message>
        <source>&amp;Amend authority…</source>
        <translation>Rechts&amp;grundlage ändern…</translation>
    </message>
    <message>
        <source>Legal authority</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>E&amp;xport package…</source>
        <translation>Paket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the package</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Chosen device:</source>
        <translation>Gewähltes Gerät:</translation>
    </message>
    <message>
        <source>The case:</source>
        <translation>Der Fall:</translation>
    </message>
    <message>
        <source>Latest custody entries</source>
        <translation>Letzte Einträge der Beweismittelkette</translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>still missing %1: %2</source>
        <translation>es fehlt noch %1: %2</translation>
    </message>
    <message>
        <source>Recording it done</source>
        <translation>Erledigung wird protokolliert</translation>
    </message>
    <message>
        <source>Recording the fact</source>
        <translation>Tatsache wird protokolliert</translation>
    </message>
</context>
<context>
    <name>ScenePhotosPanel</name>
    <message>
        <source>&amp;Import photos from a camera folder…</source>
        <translation>Fotos aus einem Kameraordner &amp;importieren…</translation>
    </message>
    <message>
        <source>The camera&apos;s photo folder</source>
        <translation>Der Fotoordner der Kamera</translation>
    </message>
    <message>
        <source>%1 photo(s) added to the case.</source>
        <translation>%1 Foto(s) zum Fall hinzugefügt.</translation>
    </message>
    <message>
        <source>Importing the scene photos</source>
        <translation>Tatortfotos werden importiert</translation>
    </message>
</context>
<context>
    <name>SceneWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Continue &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Continue opens once this step is recorded.</source>
        <translation>Weiter wird möglich, sobald dieser Schritt protokolliert ist.</translation>
    </message>
    <message>
        <source>The scene is documented: hand over the sealed bags and the package.</source>
        <translation>Der Einsatzort ist dokumentiert: Übergeben Sie die versiegelten Beutel und das Paket.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>ShiftCheckScreen</name>
    <message>
        <source>Start of shift</source>
        <translation>Dienstbeginn</translation>
    </message>
    <message>
        <source>Check that this is the app your agency issued and that its clock is right. Times in the custody record are never changed: the difference you confirm here is recorded with them.</source>
        <translation>Prüfen Sie, dass dies die von Ihrer Behörde ausgegebene App ist und ihre Uhr stimmt. Zeiten in der Beweismittelkette werden nie geändert: Die hier bestätigte Abweichung wird mit ihnen protokolliert.</translation>
    </message>
    <message>
        <source>e.g. force radio, phone network time</source>
        <translation>z. B. Funkgerät, Mobilfunkzeit</translation>
    </message>
    <message>
        <source>It shows the &amp;same time</source>
        <translation>Sie zeigt die &amp;gleiche Zeit</translation>
    </message>
    <message>
        <source>Time &amp;read from</source>
        <translation>&amp;Zeit abgelesen von</translation>
    </message>
    <message>
        <source>The reference &amp;shows</source>
        <translation>Die &amp;Referenz zeigt</translation>
    </message>
    <message>
        <source>&amp;Confirm and continue</source>
        <translation>&amp;Bestätigen und weiter</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>App SHA-256</source>
        <translation>App-SHA-256</translation>
    </message>
    <message>
        <source>App clock</source>
        <translation>App-Uhr</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>not named by this system</source>
        <translation>von diesem System nicht benannt</translation>
    </message>
    <message>
        <source>Workflow rules</source>
        <translation>Ablaufregeln</translation>
    </message>
    <message>
        <source>Hash sets</source>
        <translation>Hash-Sets</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>keine installiert</translation>
    </message>
    <message>
        <source>Watch lists</source>
        <translation>Beobachtungslisten</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Say what you read the time from (a radio, a phone).</source>
        <translation>Geben Sie an, wovon Sie die Zeit abgelesen haben (Funkgerät, Telefon).</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Choose your officer profile. What you may do at a scene follows from your competency level, and every action is recorded under your name.</source>
        <translation>Wählen Sie Ihr Beamtenprofil. Was Sie am Einsatzort tun dürfen, folgt aus Ihrer Kompetenzstufe, und jede Handlung wird unter Ihrem Namen protokolliert.</translation>
    </message>
    <message>
        <source>Leave empty if your key has none</source>
        <translation>Leer lassen, wenn Ihr Schlüssel keine hat</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>Key &amp;passphrase</source>
        <translation>&amp;Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>No officer profile on this laptop yet: make yours with “New profile…”.</source>
        <translation>Noch kein Beamtenprofil auf diesem Laptop: Legen Sie Ihres mit „Neues Profil…“ an.</translation>
    </message>
    <message>
        <source>Choose your profile first.</source>
        <translation>Wählen Sie zuerst Ihr Profil.</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Review queue</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Items awaiting sign-off</source>
        <translation>Punkte, die auf Freigabe warten</translation>
    </message>
    <message>
        <source>Verdicts given in this case</source>
        <translation>Entscheidungen in diesem Fall</translation>
    </message>
    <message>
        <source>&amp;Awaiting sign-off</source>
        <translation>&amp;Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>&amp;Verdicts given</source>
        <translation>&amp;Getroffene Entscheidungen</translation>
    </message>
    <message>
        <source>Your reason, in writing (required): it goes into the custody ledger with the verdict</source>
        <translation>Ihre schriftliche Begründung (Pflicht): Sie kommt mit der Entscheidung in die Beweismittelkette</translation>
    </message>
    <message>
        <source>&amp;Reason for the verdict</source>
        <translation>&amp;Begründung der Entscheidung</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>R&amp;eject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Open or make a case first: the review queue is the open case&apos;s.</source>
        <translation>Öffnen oder legen Sie zuerst einen Fall an: Die Prüfliste gehört zum geöffneten Fall.</translation>
    </message>
    <message>
        <source>Case %s: %d item(s) await a supervisor&apos;s verdict. Nobody signs off their own item.</source>
        <translation>Fall %s: %d Punkt(e) warten auf die Entscheidung eines Vorgesetzten. Niemand gibt seinen eigenen Punkt frei.</translation>
    </message>
    <message>
        <source>%s — %s
%s, %s</source>
        <translation>%s — %s
%s, %s</translation>
    </message>
    <message>
        <source>no exhibit</source>
        <translation>kein Asservat</translation>
    </message>
    <message>
        <source>Item %d</source>
        <translation>Punkt %d</translation>
    </message>
    <message>
        <source>%s item %s by %s, %s: “%s”</source>
        <translation>%s Punkt %s von %s, %s: „%s“</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Verweigerung</translation>
    </message>
    <message>
        <source>Specialist request</source>
        <translation>Spezialistenanfrage</translation>
    </message>
    <message>
        <source>Nothing awaits sign-off</source>
        <translation>Nichts wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Deviations, refusals and specialist requests of the case appear here as they are recorded.</source>
        <translation>Abweichungen, Verweigerungen und Spezialistenanfragen des Falls erscheinen hier, sobald sie protokolliert sind.</translation>
    </message>
    <message>
        <source>%s (item %d)</source>
        <translation>%s (Punkt %d)</translation>
    </message>
    <message>
        <source>History: </source>
        <translation>Verlauf: </translation>
    </message>
    <message>
        <source>History: no verdict or sign-off attempt yet.</source>
        <translation>Verlauf: noch keine Entscheidung und kein Freigabeversuch.</translation>
    </message>
    <message>
        <source>Who: %s, at %s</source>
        <translation>Wer: %s, um %s</translation>
    </message>
    <message>
        <source>Exhibit: %s</source>
        <translation>Asservat: %s</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keines angegeben</translation>
    </message>
    <message>
        <source>What was done instead: %s</source>
        <translation>Was stattdessen getan wurde: %s</translation>
    </message>
    <message>
        <source>What the rules said: %s</source>
        <translation>Was die Regeln vorgaben: %s</translation>
    </message>
    <message>
        <source>Reason given: %s</source>
        <translation>Angegebene Begründung: %s</translation>
    </message>
    <message>
        <source>Refused: %s (needs %s; the officer holds %s)</source>
        <translation>Verweigert: %s (erfordert %s; der Beamte hat %s)</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>Asked for: %s (needs %s; the officer holds %s)</source>
        <translation>Angefragt: %s (erfordert %s; der Beamte hat %s)</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>Notiz: %s</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>sign-off by %s refused at %s (%s)</source>
        <translation>Freigabe durch %s verweigert um %s (%s)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%s by %s at %s: “%s”</source>
        <translation>%s von %s um %s: „%s“</translation>
    </message>
    <message>
        <source>Refused and recorded: %s</source>
        <translation>Verweigert und protokolliert: %s</translation>
    </message>
    <message>
        <source>Item %d %s (custody entry %d).</source>
        <translation>Punkt %d %s (Eintrag %d der Beweismittelkette).</translation>
    </message>
</context>
<context>
    <name>TrainerInjectDialog</name>
    <message>
        <source>Trainer: inject an event</source>
        <translation>Ausbilder: Ereignis einspielen</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>A&amp;usbilder</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Ereignis</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>E&amp;inspielen</translation>
    </message>
    <message>
        <source>This exercise has no event left to inject.</source>
        <translation>Diese Übung hat kein Ereignis mehr zum Einspielen.</translation>
    </message>
    <message>
        <source>Choose the trainer and the event.</source>
        <translation>Wählen Sie den Ausbilder und das Ereignis.</translation>
    </message>
    <message>
        <source>A task is still running on the exercise: wait for it or cancel it first.</source>
        <translation>Eine Aufgabe läuft noch in der Übung: Warten Sie darauf oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>The exercise could not be opened again (%s): open it from Session ▸ Change case.</source>
        <translation>Die Übung konnte nicht wieder geöffnet werden (%s): Öffnen Sie sie über Sitzung ▸ Fall wechseln.</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>The same scenario and seed build the same evidence, byte for byte</source>
        <translation>Gleiches Szenario und gleicher Seed erzeugen byte-genau dieselben Beweismittel</translation>
    </message>
    <message>
        <source>&amp;Build the exercise</source>
        <translation>Übung e&amp;rstellen</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>Exercise &amp;folder</source>
        <translation>Übungs&amp;ordner</translation>
    </message>
    <message>
        <source>Exercise folder</source>
        <translation>Übungsordner</translation>
    </message>
    <message>
        <source>Build an exercise</source>
        <translation>Übung erstellen</translation>
    </message>
    <message>
        <source>&amp;Refresh results</source>
        <translation>Ergebnisse &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Points lost for</source>
        <translation>Punktabzug für</translation>
    </message>
    <message>
        <source>Open the &amp;debrief</source>
        <translation>&amp;Nachbesprechung öffnen</translation>
    </message>
    <message>
        <source>Exercises in</source>
        <translation>Übungen in</translation>
    </message>
    <message>
        <source>Exercises folder</source>
        <translation>Übungsordner</translation>
    </message>
    <message>
        <source>Trainees&apos; results</source>
        <translation>Ergebnisse der Teilnehmer</translation>
    </message>
    <message>
        <source>&amp;Inject the event</source>
        <translation>Ereignis e&amp;inspielen</translation>
    </message>
    <message>
        <source>The running exercise (the open case)</source>
        <translation>Die laufende Übung (der geöffnete Fall)</translation>
    </message>
    <message>
        <source>Packs that cannot be used: </source>
        <translation>Nicht verwendbare Pakete: </translation>
    </message>
    <message>
        <source>Choose a scenario and a new exercise folder.</source>
        <translation>Wählen Sie ein Szenario und einen neuen Übungsordner.</translation>
    </message>
    <message>
        <source>Building the synthetic evidence…</source>
        <translation>Synthetische Beweismittel werden erstellt…</translation>
    </message>
    <message>
        <source>Built. The trainee signs in and opens the case folder %s; the synthetic evidence is in %s.</source>
        <translation>Erstellt. Der Teilnehmer meldet sich an und öffnet den Fallordner %s; die synthetischen Beweismittel liegen in %s.</translation>
    </message>
    <message>
        <source>The build failed.</source>
        <translation>Die Erstellung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Building the exercise</source>
        <translation>Übung wird erstellt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>not played yet</source>
        <translation>noch nicht gespielt</translation>
    </message>
    <message>
        <source>%d exercises, %d that cannot be scored</source>
        <translation>%d Übungen, %d nicht bewertbar</translation>
    </message>
    <message>
        <source>No exercises here yet.</source>
        <translation>Hier gibt es noch keine Übungen.</translation>
    </message>
    <message>
        <source>Choose an exercise first.</source>
        <translation>Wählen Sie zuerst eine Übung.</translation>
    </message>
    <message>
        <source>Debrief written: %s and %s</source>
        <translation>Nachbesprechung geschrieben: %s und %s</translation>
    </message>
    <message>
        <source>Open an exercise&apos;s case to inject its events.</source>
        <translation>Öffnen Sie den Fall einer Übung, um ihre Ereignisse einzuspielen.</translation>
    </message>
    <message>
        <source>Scenario %s: %d of %d events not injected yet.</source>
        <translation>Szenario %s: %d von %d Ereignissen noch nicht eingespielt.</translation>
    </message>
    <message>
        <source>Injected (custody entry %d): the trainee&apos;s next decision sees the changed facts.</source>
        <translation>Eingespielt (Eintrag %d der Beweismittelkette): Die nächste Entscheidung des Teilnehmers sieht die geänderten Tatsachen.</translation>
    </message>
</context>
<context>
    <name>UnknownStep</name>
    <message>
        <source>Do this step as its instruction says; it is done once the custody ledger records it.</source>
        <translation>Führen Sie diesen Schritt wie angewiesen aus; er ist erledigt, sobald die Beweismittelkette ihn protokolliert.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Record the warrant or other legal authority for the search.</source>
        <translation>Erfassen Sie den Durchsuchungsbeschluss oder eine andere Rechtsgrundlage für die Durchsuchung.</translation>
    </message>
    <message>
        <source>Record the legal authority.</source>
        <translation>Rechtsgrundlage erfassen.</translation>
    </message>
    <message>
        <source>Authority.</source>
        <translation>Rechtsgrundlage.</translation>
    </message>
    <message>
        <source>Arrive and secure</source>
        <translation>Eintreffen und sichern</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Keep people away from the devices and photograph the scene before anything is moved.</source>
        <translation>Halten Sie Personen von den Geräten fern und fotografieren Sie den Einsatzort, bevor etwas bewegt wird.</translation>
    </message>
    <message>
        <source>Secure and photograph the scene.</source>
        <translation>Einsatzort sichern und fotografieren.</translation>
    </message>
    <message>
        <source>Secure scene.</source>
        <translation>Einsatzort sichern.</translation>
    </message>
    <message>
        <source>Document before touching</source>
        <translation>Erst dokumentieren, dann anfassen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumentieren</translation>
    </message>
    <message>
        <source>Before you touch a device, register it with its exhibit number and what you see: is it on, what is on the screen.</source>
        <translation>Bevor Sie ein Gerät anfassen, erfassen Sie es mit seiner Asservatennummer und dem, was Sie sehen: Ist es eingeschaltet, was ist auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Register each device as an exhibit with its state.</source>
        <translation>Jedes Gerät als Asservat mit seinem Zustand erfassen.</translation>
    </message>
    <message>
        <source>Register devices.</source>
        <translation>Geräte erfassen.</translation>
    </message>
    <message>
        <source>One device at a time</source>
        <translation>Ein Gerät nach dem anderen</translation>
    </message>
    <message>
        <source>Decide each device</source>
        <translation>Über jedes Gerät entscheiden</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Answer the questions for each device and follow the instruction you get.</source>
        <translation>Beantworten Sie für jedes Gerät die Fragen und befolgen Sie die Anweisung, die Sie erhalten.</translation>
    </message>
    <message>
        <source>Decide each device.</source>
        <translation>Über jedes Gerät entscheiden.</translation>
    </message>
    <message>
        <source>Decide devices.</source>
        <translation>Über Geräte entscheiden.</translation>
    </message>
    <message>
        <source>Bag, seal and label</source>
        <translation>Verpacken, versiegeln und beschriften</translation>
    </message>
    <message>
        <source>Package exhibits</source>
        <translation>Asservate verpacken</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Verpacken</translation>
    </message>
    <message>
        <source>Do what each instruction says and put each device in its own evidence bag, ready to label and seal.</source>
        <translation>Führen Sie jede Anweisung aus und legen Sie jedes Gerät in einen eigenen Beweismittelbeutel, bereit zum Beschriften und Versiegeln.</translation>
    </message>
    <message>
        <source>Carry out each decision; bag each exhibit.</source>
        <translation>Jede Entscheidung umsetzen; jedes Asservat verpacken.</translation>
    </message>
    <message>
        <source>Bag exhibits.</source>
        <translation>Asservate verpacken.</translation>
    </message>
    <message>
        <source>Print a label for each bag and stick it on before sealing.</source>
        <translation>Drucken Sie für jeden Beutel ein Etikett und kleben Sie es vor dem Versiegeln auf.</translation>
    </message>
    <message>
        <source>Label and seal exhibits.</source>
        <translation>Asservate beschriften und versiegeln.</translation>
    </message>
    <message>
        <source>Label exhibits.</source>
        <translation>Asservate beschriften.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Export the documentation package (photos, device register, decisions and custody record) and hand it over with the sealed bags.</source>
        <translation>Exportieren Sie das Dokumentationspaket (Fotos, Geräteverzeichnis, Entscheidungen und Nachweis der Beweismittelkette) und übergeben Sie es mit den versiegelten Beuteln.</translation>
    </message>
    <message>
        <source>Export the package and hand over with the exhibits.</source>
        <translation>Paket exportieren und mit den Asservaten übergeben.</translation>
    </message>
    <message>
        <source>Export and hand over.</source>
        <translation>Exportieren und übergeben.</translation>
    </message>
    <message>
        <source>Is anything being wiped, formatted or burnt right now (a progress bar, a shredder, smoke)?</source>
        <translation>Wird gerade etwas gelöscht, formatiert oder verbrannt (ein Fortschrittsbalken, ein Aktenvernichter, Rauch)?</translation>
    </message>
    <message>
        <source>Destruction in progress (wipe, format, burn)?</source>
        <translation>Vernichtung im Gange (Löschen, Formatieren, Verbrennen)?</translation>
    </message>
    <message>
        <source>Destruction in progress?</source>
        <translation>Vernichtung im Gange?</translation>
    </message>
    <message>
        <source>Is the device switched on? Look for lights, fan noise or a screen; do not touch the keyboard.</source>
        <translation>Ist das Gerät eingeschaltet? Achten Sie auf Leuchten, Lüftergeräusche oder einen Bildschirm; berühren Sie nicht die Tastatur.</translation>
    </message>
    <message>
        <source>Power state (lights, fans, screen; no input)?</source>
        <translation>Betriebszustand (Leuchten, Lüfter, Bildschirm; keine Eingabe)?</translation>
    </message>
    <message>
        <source>Power state?</source>
        <translation>Betriebszustand?</translation>
    </message>
    <message>
        <source>Is it a server or part of a business network (racks, many cables, a company sign)?</source>
        <translation>Ist es ein Server oder Teil eines Firmennetzwerks (Serverschränke, viele Kabel, ein Firmenschild)?</translation>
    </message>
    <message>
        <source>Server or business network system?</source>
        <translation>Server oder System eines Firmennetzwerks?</translation>
    </message>
    <message>
        <source>Server/business system?</source>
        <translation>Server/Firmensystem?</translation>
    </message>
    <message>
        <source>Do you see an encryption prompt or program on the screen (BitLocker, VeraCrypt, FileVault)?</source>
        <translation>Sehen Sie auf dem Bildschirm eine Verschlüsselungsabfrage oder ein Verschlüsselungsprogramm (BitLocker, VeraCrypt, FileVault)?</translation>
    </message>
    <message>
        <source>Encryption prompt or tool visible (BitLocker, VeraCrypt, FileVault)?</source>
        <translation>Verschlüsselungsabfrage oder -programm sichtbar (BitLocker, VeraCrypt, FileVault)?</translation>
    </message>
    <message>
        <source>Encryption visible?</source>
        <translation>Verschlüsselung sichtbar?</translation>
    </message>
    <message>
        <source>Is there something open on the screen that would be lost (unsaved work, a chat, a wallet)?</source>
        <translation>Ist auf dem Bildschirm etwas geöffnet, das verloren ginge (ungespeicherte Arbeit, ein Chat, eine Krypto-Wallet)?</translation>
    </message>
    <message>
        <source>Volatile content on screen (unsaved work, open chats, open wallet)?</source>
        <translation>Flüchtige Inhalte auf dem Bildschirm (ungespeicherte Arbeit, offene Chats, offene Wallet)?</translation>
    </message>
    <message>
        <source>Volatile content on screen?</source>
        <translation>Flüchtige Inhalte auf dem Bildschirm?</translation>
    </message>
    <message>
        <source>Is the person logged in to an online account or cloud storage on it?</source>
        <translation>Ist die Person darauf in einem Online-Konto oder Cloud-Speicher angemeldet?</translation>
    </message>
    <message>
        <source>Open cloud session?</source>
        <translation>Offene Cloud-Sitzung?</translation>
    </message>
    <message>
        <source>Cloud session?</source>
        <translation>Cloud-Sitzung?</translation>
    </message>
    <message>
        <source>Which write blocker is the device behind (make, model, serial)?</source>
        <translation>Hinter welchem Write-Blocker hängt das Gerät (Hersteller, Modell, Seriennummer)?</translation>
    </message>
    <message>
        <source>Write blocker (make model serial)?</source>
        <translation>Write-Blocker (Hersteller Modell Seriennr.)?</translation>
    </message>
    <message>
        <source>Write blocker?</source>
        <translation>Write-Blocker?</translation>
    </message>
    <message>
        <source>Pull the power cable out of the device now (and take the battery out if you can). Do not shut it down. Then call a specialist.</source>
        <translation>Ziehen Sie jetzt das Stromkabel aus dem Gerät (und entnehmen Sie den Akku, wenn möglich). Fahren Sie es nicht herunter. Rufen Sie dann einen Spezialisten.</translation>
    </message>
    <message>
        <source>Remove power at once (cable, battery); no shutdown. Call a specialist.</source>
        <translation>Sofort Strom trennen (Kabel, Akku); nicht herunterfahren. Spezialisten rufen.</translation>
    </message>
    <message>
        <source>Kill power now; no shutdown.</source>
        <translation>Strom sofort trennen; nicht herunterfahren.</translation>
    </message>
    <message>
        <source>Leave it switched off. Do not switch it on. Photograph it, label it and seal it in a bag.</source>
        <translation>Lassen Sie es ausgeschaltet. Schalten Sie es nicht ein. Fotografieren Sie es, beschriften Sie es und versiegeln Sie es in einem Beutel.</translation>
    </message>
    <message>
        <source>Leave off; photograph, label, bag and seal.</source>
        <translation>Ausgeschaltet lassen; fotografieren, beschriften, verpacken und versiegeln.</translation>
    </message>
    <message>
        <source>Leave off; bag and seal.</source>
        <translation>Ausgeschaltet lassen; verpacken und versiegeln.</translation>
    </message>
    <message>
        <source>Stop. Do not touch the device, do not switch it off. Keep people away from it and call a specialist.</source>
        <translation>Stop. Berühren Sie das Gerät nicht, schalten Sie es nicht aus. Halten Sie Personen davon fern und rufen Sie einen Spezialisten.</translation>
    </message>
    <message>
        <source>Do not power down or interact. Secure the device and call a specialist.</source>
        <translation>Nicht ausschalten, nicht bedienen. Gerät sichern und Spezialisten rufen.</translation>
    </message>
    <message>
        <source>Hold; specialist required.</source>
        <translation>Halt; Spezialist erforderlich.</translation>
    </message>
    <message>
        <source>A specialist will capture what is in memory and on screen before the device is switched off.</source>
        <translation>Ein Spezialist sichert den Inhalt von Arbeitsspeicher und Bildschirm, bevor das Gerät ausgeschaltet wird.</translation>
    </message>
    <message>
        <source>Live response needed before power-down (L3).</source>
        <translation>Live-Response vor dem Ausschalten erforderlich (L3).</translation>
    </message>
    <message>
        <source>Live response: capture memory and volatile data, record every step, then decide on shutdown.</source>
        <translation>Live-Response: Arbeitsspeicher und flüchtige Daten sichern, jeden Schritt protokollieren, dann über das Herunterfahren entscheiden.</translation>
    </message>
    <message>
        <source>Photograph the screen. Then pull the power cable out of the back of the computer (not the wall socket first). Do not shut it down.</source>
        <translation>Fotografieren Sie den Bildschirm. Ziehen Sie dann das Stromkabel hinten am Computer ab (nicht zuerst an der Steckdose). Fahren Sie ihn nicht herunter.</translation>
    </message>
    <message>
        <source>Photograph screen; pull the plug from the device end; no shutdown.</source>
        <translation>Bildschirm fotografieren; Stecker am Gerät ziehen; nicht herunterfahren.</translation>
    </message>
    <message>
        <source>Photograph screen; pull plug.</source>
        <translation>Bildschirm fotografieren; Stecker ziehen.</translation>
    </message>
    <message>
        <source>Keep it switched on. Put it in flight mode if you can without unlocking it, or in a signal-blocking bag, and keep it charged.</source>
        <translation>Lassen Sie es eingeschaltet. Schalten Sie den Flugmodus ein, wenn das ohne Entsperren geht, oder legen Sie es in eine abschirmende Hülle, und halten Sie es geladen.</translation>
    </message>
    <message>
        <source>Keep powered; isolate from networks (flight mode or Faraday bag); keep charged.</source>
        <translation>Eingeschaltet lassen; von Netzen trennen (Flugmodus oder Faraday-Beutel); geladen halten.</translation>
    </message>
    <message>
        <source>Keep powered; isolate.</source>
        <translation>Eingeschaltet lassen; abschirmen.</translation>
    </message>
    <message>
        <source>Do not plug it in anywhere. Photograph it, put it in an evidence bag and seal it.</source>
        <translation>Schließen Sie es nirgends an. Fotografieren Sie es, legen Sie es in einen Beweismittelbeutel und versiegeln Sie ihn.</translation>
    </message>
    <message>
        <source>Photograph, bag and seal; no triage.</source>
        <translation>Fotografieren, verpacken und versiegeln; keine Sichtung.</translation>
    </message>
    <message>
        <source>Bag and seal.</source>
        <translation>Verpacken und versiegeln.</translation>
    </message>
    <message>
        <source>A trained officer may look at it behind a write blocker; until then bag and seal it.</source>
        <translation>Eine geschulte Einsatzkraft darf es hinter einem Write-Blocker sichten; bis dahin verpacken und versiegeln Sie es.</translation>
    </message>
    <message>
        <source>Triage only behind a write blocker; record the blocker (make, model, serial) first.</source>
        <translation>Sichtung nur hinter einem Write-Blocker; zuerst den Blocker erfassen (Hersteller, Modell, Seriennummer).</translation>
    </message>
    <message>
        <source>Triage behind a write blocker.</source>
        <translation>Sichtung hinter einem Write-Blocker.</translation>
    </message>
    <message>
        <source>Photograph it and write down what it is connected to. Do not unplug it. Tell a specialist.</source>
        <translation>Fotografieren Sie es und notieren Sie, womit es verbunden ist. Trennen Sie es nicht vom Strom. Informieren Sie einen Spezialisten.</translation>
    </message>
    <message>
        <source>Record connections and state; leave running; escalate to a specialist.</source>
        <translation>Verbindungen und Zustand erfassen; in Betrieb lassen; Spezialisten hinzuziehen.</translation>
    </message>
    <message>
        <source>Record and escalate.</source>
        <translation>Erfassen und Spezialisten hinzuziehen.</translation>
    </message>
    <message>
        <source>Photograph it and write down what it is connected to, and which online account is open. Do not unplug it. Tell a specialist so the provider can be asked to keep the data.</source>
        <translation>Fotografieren Sie es und notieren Sie, womit es verbunden ist und welches Online-Konto geöffnet ist. Trennen Sie es nicht vom Strom. Informieren Sie einen Spezialisten, damit der Anbieter um Sicherung der Daten ersucht werden kann.</translation>
    </message>
    <message>
        <source>Record connections and the open cloud account; escalate and request provider preservation.</source>
        <translation>Verbindungen und offenes Cloud-Konto erfassen; Spezialisten hinzuziehen und Datensicherung beim Anbieter veranlassen.</translation>
    </message>
    <message>
        <source>Record; request cloud preservation.</source>
        <translation>Erfassen; Cloud-Datensicherung veranlassen.</translation>
    </message>
    <message>
        <source>It is a laptop: take the battery out too, if it comes out without tools.</source>
        <translation>Es ist ein Laptop: Entnehmen Sie auch den Akku, wenn er sich ohne Werkzeug entfernen lässt.</translation>
    </message>
    <message>
        <source>Laptop: remove the battery too.</source>
        <translation>Laptop: auch den Akku entnehmen.</translation>
    </message>
    <message>
        <source>Battery too.</source>
        <translation>Auch den Akku.</translation>
    </message>
</context>
</TS>
