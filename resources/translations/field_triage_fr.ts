<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <source>Notable known-file match: this photo is not shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matched: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not open it elsewhere. Record it and call a specialist; an L3 specialist can view it here, and that is recorded in custody.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera make</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera serial number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lens serial number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(camera clock; time zone not recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digitized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPS time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates and times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Altitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true north</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>magnetic north</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>north</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera pointing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nearest place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(offline GeoNames gazetteer; a hint, not proof of place)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none within 250 km (open sea or remote land)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no GPS position recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where it was taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the previews are turned upright</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>differs from the main picture in %1 of 64 fingerprint bits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Embedded thumbnail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview made from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How each value was obtained is shown in brackets (library : group : tag). Parsed with exifread and Pillow in a fenced worker process; the file is never changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuthorityForm</name>
    <message>
        <source>Warrant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statutory power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. W-2026-0042</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Court, magistrate, or the person consenting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the authority covers: the address, the people, the kinds of devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the authority must end after it starts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record or amend the legal &amp;authority…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Change case…</source>
        <translation>&amp;Changer d'affaire…</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open or make a case first (Session ▸ Change case).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STOP: %s. Nothing may be read from evidence until a legal authority in force is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal authority: %s %s, issued by %s, valid until %s.
Scope: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is amended (a renewed warrant, a wider scope)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseScreen</name>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>e.g. OP-ORCHARD-2026-117</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the case is kept (never on evidence)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Make the case</source>
        <translation>&amp;Créer l'affaire</translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case &amp;folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>The legal authority for the search: nothing is read from evidence without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open the chosen case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;another case folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue &amp;without a case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab intake: importing a package makes its case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume a case</source>
        <translation>Reprendre une affaire</translation>
    </message>
    <message>
        <source>Give the case reference and its folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the case</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CryptoCheckPage</name>
    <message>
        <source>Type or paste a crypto-currency address, private key or seed phrase (one per line), or open a photo of a QR code. Nothing leaves this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq
A seed phrase goes on one line, words separated by spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read QR code from a photo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: case folder, to record each check in its custody ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. ABC/1 (where it was found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private keys and seed phrases are always shown shortened; the ledger holds only the shortened form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type or paste something to check first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo of a QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.heif *.webp *.bmp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets were taken out of the box above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 checked, %2 valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read from the photo %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each check is recorded in the custody ledger of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded: no case folder chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not finish: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PRIVATE KEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extended key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SEED PHRASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VALID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ON A WATCH LIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT RECOGNISED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hidden characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could be</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recorded as entry %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Case folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By artefact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (optional to confirm or dismiss; required to reveal a secret)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret in clear:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a case to review what the scan found. Each decision is recorded in the custody ledger with your name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a case folder first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 findings. Select one to see how it was found and to confirm or dismiss it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where in it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analyzer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a key to funds. It is shown shortened; only an L3 specialist can reveal it, and that is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal secret (L3)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-read it from the evidence; a reason is required and recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked (L3 only): request a specialist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your level does not allow revealing secrets. Clicking records a request for a specialist in the custody ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding %1 %2; recorded in the custody ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requesting a specialist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the reason first: revealing a secret is recorded with why it was needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revealing the secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A specialist has been requested for this finding (custody entry %1). Leave the secret where it is and do not copy it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revealed from the evidence and recorded (custody entry %1). Hide it when done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuardedAction</name>
    <message>
        <source>Request a specialist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked: %s (needs %s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Scan evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check an address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preserve &amp; hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A task is still running: wait for it or cancel it before signing out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Change case…</source>
        <translation>&amp;Changer d'affaire…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language is used when the running task has finished and the window is next opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Officer: </source>
        <translation>Agent : </translation>
    </message>
    <message>
        <source>Case: </source>
        <translation>Affaire : </translation>
    </message>
    <message>
        <source>none open</source>
        <translation>aucune ouverte</translation>
    </message>
    <message>
        <source>A task is still running. Cancel it and close? What it finished stays in the case; what it had not finished is discarded, and the cancel is recorded in the custody ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling the running task…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still stopping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The task has not stopped yet; the window stays open until it has.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewOfficerDialog</name>
    <message>
        <source>New officer profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collar or staff number, e.g. PC-1234</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Levels: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer &amp;ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Endorsements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key &amp;passphrase</source>
        <translation>&amp;Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoMapView</name>
    <message>
        <source>Offline map: Natural Earth (public domain), places © GeoNames (CC BY 4.0)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <source>Open a folder of photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open photo files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a case's photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The images a scan found, read again (read-only) from the original evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos are opened read-only. Notable known-file matches are never shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only photos with a GPS position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time taken, oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time taken, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit to the photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole world</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a dot to pick its photo. Wheel: zoom; drag: move.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gallery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this notable photo (L3, recorded in custody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request a specialist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export positions for the lab (KML and GeoJSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still reading photos: cancel first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. The photos read so far are shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing the photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Listing the photos: %n found so far</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Reading photos: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 photos, %2 with a GPS position.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notable matches not shown: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With warnings: %1 (see each photo's details).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cameras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no camera recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open photos, then pick one to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs a valid L3 endorsement. Ask a specialist instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View a notable photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why do you need to see it? (recorded in custody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Viewing the notable photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown to you and recorded in the custody ledger (photo.notable-viewed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note for the specialist (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request recorded in the custody ledger (entry %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requesting a specialist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the KML and GeoJSON files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1 positions to %2 and %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the case</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreservePage</name>
    <message>
        <source>Case folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder, disk image or device to preserve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. ABC/1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional, e.g. *.jpg  /Users/*/Documents/**</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>include deleted files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collect files (copied, hashed and verified)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional segment size, e.g. 2G</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a disk image (hash on read, verify after write)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add scene photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to write the package (e.g. the exhibit stick)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the triage package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document and hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources are read-only; every step goes into the custody ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collect files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — locked (needs %1): request a specialist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A specialist was requested (custody entry %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collected %1 files (%2) into exhibit %3, each verified after writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The split size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image of %1 written and verified: SHA-256 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the case folder first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scene photos to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 scene photo(s) added to the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to write the package first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Package written: %1 (%2 files, mode %3). Write the custody head on the exhibit label: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the source to preserve first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disk image or file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Folder, disk image (.dd, .E01, .001) or device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case folder (created if missing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. ABC/1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence is opened read-only. Every step is recorded in the case's custody ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder or mounted drive to scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disk image to scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disk images (*.dd *.raw *.img *.E01 *.001 *.000 *.iso *.dmg);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a source and a case folder first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the source…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Listing the source: %n entries so far</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scan did not finish; the reason is below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An internal error stopped the scan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URGENT: %1 private keys, seed phrases or wallet files - %2 (the Findings page lists them first). </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan finished: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Resumed an interrupted scan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>ShiftCheckScreen</name>
    <message>
        <source>Start of shift</source>
        <translation>Prise de service</translation>
    </message>
    <message>
        <source>Check that this is the app your agency issued and that its clock is right. Times in the custody record are never changed: the difference you confirm here is recorded with them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. force radio, phone network time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It shows the &amp;same time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time &amp;read from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference &amp;shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confirm and continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not named by this system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workflow rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hash sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what you read the time from (a radio, a phone).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Choose your officer profile. What you may do at a scene follows from your competency level, and every action is recorded under your name.</source>
        <translation>Choisissez votre profil d'agent. Ce que vous pouvez faire sur les lieux dépend de votre niveau de compétence, et chaque action est enregistrée à votre nom.</translation>
    </message>
    <message>
        <source>Leave empty if your key has none</source>
        <translation>Laisser vide si votre clé n'en a pas</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>Key &amp;passphrase</source>
        <translation>&amp;Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>No officer profile on this laptop yet: make yours with “New profile…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose your profile first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>edit</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Request a specialist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the case first: the request is recorded in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your request is recorded in the custody ledger (entry %d). A specialist or your supervisor will see it in the review queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not finish</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>