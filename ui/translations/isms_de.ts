<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../forms/about_dialog.ui" line="+9"/>
        <source>About ISMS Desk</source>
        <translation>Über ISMS Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;ISMS Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ISMS Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An ISO/IEC 27001:2022 information security management system, kept in one file: its registers, their links, their history and the evidence.</source>
        <translation>Ein Informationssicherheitsmanagementsystem (ISMS) nach ISO/IEC 27001:2022 in einer Datei: seine Register, ihre Verknüpfungen, ihre Historie und die Nachweise.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File format:</source>
        <translation>Dateiformat:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show &amp;Licence</source>
        <translation>&amp;Lizenz anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ApproveRiskCommand</name>
    <message>
        <location filename="../../src/app/commands/approve_risk_command.cpp" line="+21"/>
        <source>Approve treatment of %1</source>
        <translation>Behandlung von %1 freigeben</translation>
    </message>
</context>
<context>
    <name>ApproveRiskDialog</name>
    <message>
        <location filename="../forms/approve_risk_dialog.ui" line="+11"/>
        <source>Approve Treatment</source>
        <translation>Behandlung freigeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The risk owner approves the treatment of this risk and accepts its residual risk (ISO/IEC 27001 6.1.3 f). The risk is kept as it is now; a later change to its levels, treatment or treating controls makes it need approval again.</source>
        <translation>Der Risikoeigentümer gibt die Behandlung dieses Risikos frei und akzeptiert sein Restrisiko (ISO/IEC 27001 6.1.3 f). Das Risiko wird so festgehalten, wie es jetzt ist; eine spätere Änderung seiner Stufen, seiner Behandlung oder seiner behandelnden Maßnahmen macht eine erneute Freigabe nötig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is approved</source>
        <translation>Was freigegeben wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inherent level:</source>
        <translation>Inhärente Risikostufe:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Residual level:</source>
        <translation>Restrisikostufe:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Treatment:</source>
        <translation>Behandlung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Treated by:</source>
        <translation>Behandelt durch:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approval now:</source>
        <translation>Freigabe jetzt:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Approved by:</source>
        <translation>&amp;Freigegeben von:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A person of the people register: normally the risk&apos;s owner</source>
        <translation>Eine Person aus dem Personenregister: normalerweise der Risikoeigentümer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the residual risk is acceptable (required)</source>
        <translation>Warum das Restrisiko akzeptabel ist (erforderlich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Expires on:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last day the approval holds; after it the risk shows as Expired</source>
        <translation>Der letzte Tag, an dem die Freigabe gilt; danach wird das Risiko als abgelaufen angezeigt</translation>
    </message>
</context>
<context>
    <name>ApproveSoaVersionDialog</name>
    <message>
        <location filename="../forms/approve_soa_version_dialog.ui" line="+12"/>
        <source>Approve SoA Version</source>
        <translation>Version der Anwendbarkeitserklärung freigeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approving freezes the Statement of Applicability as it stands now (ISO/IEC 27001 6.1.3 d): every control&apos;s decision, reasons, justification, implementation status and owner, who approved it and when.</source>
        <translation>Die Freigabe hält die Anwendbarkeitserklärung so fest, wie sie jetzt ist (ISO/IEC 27001 6.1.3 d): Entscheidung, Gründe, Begründung, Umsetzungsstand und Verantwortliche jeder Maßnahme, dazu wer sie wann freigegeben hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An approved version is a permanent record: it cannot be undone, withdrawn or changed afterwards. Later edits to the controls go into the next version.</source>
        <translation>Eine freigegebene Version ist ein dauerhafter Nachweis: Sie kann nicht rückgängig gemacht, zurückgezogen oder nachträglich geändert werden. Spätere Änderungen an den Maßnahmen gehen in die nächste Version ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New version:</source>
        <translation>Neue Version:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undecided controls:</source>
        <translation>Nicht entschiedene Maßnahmen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Approved by:</source>
        <translation>&amp;Freigegeben von:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A person of the people register: whoever is accountable for the SoA</source>
        <translation>Eine Person aus dem Personenregister: wer für die Anwendbarkeitserklärung verantwortlich ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept with the version (optional), e.g. the management review that approved it</source>
        <translation>Wird mit der Version aufbewahrt (optional), z. B. die Managementbewertung, die sie freigegeben hat</translation>
    </message>
</context>
<context>
    <name>AuditBanner</name>
    <message>
        <location filename="../../src/app/signing/audit_banner.cpp" line="+12"/>
        <source>Not signed.</source>
        <translation>Nicht signiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its signature (claimed by %1) does not match its content.</source>
        <translation>Die Signatur (angeblich von %1) passt nicht zum Inhalt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by %1 (key %2), a key you trust.</source>
        <translation>Signiert von %1 (Schlüssel %2), einem Schlüssel, dem Sie vertrauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by %1 (key %2), a key you have &lt;b&gt;not&lt;/b&gt; marked as trusted: compare the fingerprint with its owner before you trust it.</source>
        <translation>Signiert von %1 (Schlüssel %2), einem Schlüssel, den Sie &lt;b&gt;nicht&lt;/b&gt; als vertrauenswürdig markiert haben: Vergleichen Sie den Fingerabdruck mit seinem Inhaber, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Read-only · audit copy.&lt;/b&gt; Nothing in it can be changed.</source>
        <translation>&lt;b&gt;Schreibgeschützt · Auditkopie.&lt;/b&gt; Nichts darin kann geändert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;NOT verified: it was changed after export.&lt;/b&gt; Its content does not match its digest or signature. Ask the sender for a fresh audit copy.</source>
        <translation>&lt;b&gt;NICHT verifiziert: Sie wurde nach dem Export geändert.&lt;/b&gt; Ihr Inhalt passt nicht zu ihrem Digest oder ihrer Signatur. Bitten Sie den Absender um eine neue Auditkopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;NOT verified:&lt;/b&gt; its SHA-256 differs from the .sha256 beside it. Ask the sender for a fresh audit copy.</source>
        <translation>&lt;b&gt;NICHT verifiziert:&lt;/b&gt; Ihr SHA-256 weicht von der .sha256-Datei daneben ab. Bitten Sie den Absender um eine neue Auditkopie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Verified.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verifiziert.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Verified against the .sha256 beside it&lt;/b&gt;, which proves it only if that digest reached you separately.</source>
        <translation>&lt;b&gt;Gegen die .sha256-Datei daneben verifiziert&lt;/b&gt;, was nur dann etwas beweist, wenn dieser Digest Sie auf getrenntem Weg erreicht hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;NOT verified:&lt;/b&gt; only its internal consistency was checked. Ask the sender for its SHA-256 (the .sha256 file) or a copy signed with a key you trust.</source>
        <translation>&lt;b&gt;NICHT verifiziert:&lt;/b&gt; Nur die innere Konsistenz wurde geprüft. Bitten Sie den Absender um den SHA-256 (die .sha256-Datei) oder um eine Kopie, die mit einem Schlüssel signiert ist, dem Sie vertrauen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Read-only · audit copy.&lt;/b&gt; Nothing in it can be changed. &lt;b&gt;NOT verified:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Schreibgeschützt · Auditkopie.&lt;/b&gt; Nichts darin kann geändert werden. &lt;b&gt;NICHT verifiziert:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../forms/export_report_dialog.ui" line="+9"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message>
        <location filename="../forms/import_csv_dialog.ui" line="+9"/>
        <source>Import Records</source>
        <translation>Einträge importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Read Again</source>
        <translation>&amp;Erneut lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the file again, after correcting it in a spreadsheet</source>
        <translation>Die Datei erneut lesen, nachdem Sie sie in einer Tabellenkalkulation korrigiert haben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Into &amp;register:</source>
        <translation>In &amp;Register:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each column&apos;s header shows the field it fills.</source>
        <translation>Der Kopf jeder Spalte zeigt das Feld, das sie füllt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what each column of the file fills. Automatic keeps what ISMS Desk recognised by the column&apos;s name.</source>
        <translation>Wählen Sie, was jede Spalte der Datei füllt. „Automatisch“ behält, was ISMS Desk am Namen der Spalte erkannt hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports as</source>
        <translation>Wird importiert als</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Words</source>
        <translation>&amp;Wörter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words of the file that match no level or option of this file. Choose what each one means.</source>
        <translation>Wörter der Datei, die zu keiner Stufe und keiner Auswahl dieser Datei passen. Wählen Sie, was jedes bedeutet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In column</source>
        <translation>In Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Update records whose ref exists</source>
        <translation>Einträge mit vorhandener Kennung &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row whose ref is already in the register updates that record instead of being refused, so the same export can be imported again</source>
        <translation>Eine Zeile, deren Kennung schon im Register steht, aktualisiert diesen Eintrag, statt abgelehnt zu werden; so lässt sich derselbe Export erneut importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;missing assets</source>
        <translation>&amp;Fehlende Assets anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets a row names that this file lacks are added (as Information, to be checked) instead of being refused</source>
        <translation>Assets, die eine Zeile nennt und die dieser Datei fehlen, werden angelegt (als Information, zu prüfen), statt abgelehnt zu werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Load Mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a mapping saved earlier for a file from the same source</source>
        <translation>Eine früher gespeicherte Zuordnung für eine Datei aus derselben Quelle verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the columns and words chosen here, for the next import or for ismsctl import --map</source>
        <translation>Die hier gewählten Spalten und Wörter speichern, für den nächsten Import oder für ismsctl import --map</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../forms/preferences_dialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recorded as the author of every change you make, in every file. Leave it empty to use your login name.</source>
        <translation>Wird bei jeder Ihrer Änderungen in jeder Datei als Verfasser erfasst. Leer lassen, um Ihren Anmeldenamen zu verwenden.</translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <location filename="../../src/app/help/help_menu.cpp" line="+17"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ISMS Desk</source>
        <translation>&amp;Über ISMS Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../src/app/window/main_actions.cpp" line="+28"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New ISMS File…</source>
        <translation>&amp;Neue ISMS-Datei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Read-Only…</source>
        <translation>Sch&amp;reibgeschützt öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV or XLSX…</source>
        <translation>CSV oder XLSX &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Te&amp;mplate…</source>
        <translation>Als Vor&amp;lage speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Audit Copy…</source>
        <translation>Auditkopie e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Report…</source>
        <translation>Berich&amp;t exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Page Re&amp;port…</source>
        <translation>Seitenbericht ex&amp;portieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druckvorsc&amp;hau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Druck&amp;en…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auditor &amp;Notes…</source>
        <translation>A&amp;uditorennotizen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge Auditor Notes…</source>
        <translation>Auditorennotizen zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Record</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate Record</source>
        <translation>Eintrag d&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Record…</source>
        <translation>Eintrag &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;Cell</source>
        <translation>&amp;Zelle bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach &amp;Evidence…</source>
        <translation>&amp;Nachweis anhängen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve &amp;Treatment…</source>
        <translation>Behandlung &amp;freigeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve &amp;SoA Version…</source>
        <translation>SoA-Version &amp;freigeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record Assess&amp;ment Run…</source>
        <translation>Risikobeurteilung &amp;festhalten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go to Record…</source>
        <translation>Zu &amp;Eintrag gehen…</translation>
    </message>
</context>
<context>
    <name>QMenu</name>
    <message>
        <location filename="../../src/app/views/record_context_menu.cpp" line="+98"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approve &amp;Treatment…</source>
        <translation>Behandlung &amp;freigeben…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy &amp;Reference</source>
        <translation>&amp;Referenz kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as &amp;Text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tab-separated, with the column names: pastes into a spreadsheet</source>
        <translation>Tabulatorgetrennt, mit den Spaltennamen: lässt sich in eine Tabellenkalkulation einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Follow Link</source>
        <translation>&amp;Verknüpfung folgen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No links yet</source>
        <translation>Noch keine Verknüpfungen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/app/window/notes_controller.cpp" line="+30"/>
        <source>Cannot keep notes there</source>
        <translation>Notizen können dort nicht abgelegt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge Auditor Notes</source>
        <translation>Auditorennotizen zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auditor notes (*.notes)</source>
        <translation>Auditorennotizen (*.notes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auditor notes merged</source>
        <translation>Auditorennotizen zusammengeführt</translation>
    </message>
</context>
<context>
    <name>RecordAssessmentDialog</name>
    <message>
        <location filename="../forms/record_assessment_dialog.ui" line="+11"/>
        <source>Record Assessment Run</source>
        <translation>Risikobeurteilung festhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records a risk assessment run (ISO/IEC 27001 8.2): a new record in the risk assessments register, dated today, keeping every risk&apos;s inherent and residual levels and the risk methodology in force.</source>
        <translation>Hält einen Durchlauf der Risikobeurteilung fest (ISO/IEC 27001 8.2): ein neuer Eintrag im Register der Risikobeurteilungen mit heutigem Datum, der die inhärente und die Restrisikostufe jedes Risikos und die geltende Risikomethodik bewahrt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recorded run is evidence of the assessment as it was: it is not put on the undo history and cannot be taken back from here.</source>
        <translation>Ein festgehaltener Durchlauf belegt die Beurteilung, wie sie war: Er kommt nicht in den Rückgängig-Verlauf und kann hier nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Trigger:</source>
        <translation>&amp;Anlass:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Performed by:</source>
        <translation>&amp;Durchgeführt von:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A person of the people register (optional)</source>
        <translation>Eine Person aus dem Personenregister (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept with the run (optional), e.g. the change that triggered it</source>
        <translation>Wird mit dem Durchlauf aufbewahrt (optional), z. B. die auslösende Änderung</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../../src/app/session/record_labels.cpp" line="+33"/>
        <source>(removed record #%1)</source>
        <translation>(entfernter Eintrag #%1)</translation>
    </message>
</context>
<context>
    <name>RiskForm</name>
    <message>
        <location filename="../forms/risk_form.ui" line="+26"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Affects</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which of confidentiality, integrity and availability the risk affects.</source>
        <translation>Welche der Schutzziele Vertraulichkeit, Integrität und Verfügbarkeit das Risiko betrifft.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Affected assets</source>
        <translation>Betroffene Assets</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The assets this risk affects. Enter or a double click opens one.</source>
        <translation>Die Assets, die dieses Risiko betrifft. Eingabe oder Doppelklick öffnet eines.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+123"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+123"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Inherent risk</source>
        <translation>Inhärentes Risiko</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Treating controls</source>
        <translation>Behandelnde Maßnahmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Controls of the Statement of Applicability that treat this risk. Enter or a double click opens one.</source>
        <translation>Maßnahmen der Anwendbarkeitserklärung, die dieses Risiko behandeln. Eingabe oder Doppelklick öffnet eine.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Acceptance of the residual risk</source>
        <translation>Akzeptanz des Restrisikos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Status and review</source>
        <translation>Status und Überprüfung</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Other</source>
        <translation>Weitere Felder</translation>
    </message>
</context>
<context>
    <name>SetFieldsCommand</name>
    <message>
        <location filename="../../src/app/commands/set_fields_command.cpp" line="+40"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetMethodologyCommand</name>
    <message>
        <location filename="../../src/app/commands/set_methodology_command.cpp" line="+24"/>
        <source>Change the risk methodology</source>
        <translation>Risikomethodik ändern</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../forms/shortcuts_dialog.ui" line="+9"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by action, menu or key…</source>
        <translation>Nach Aktion, Menü oder Taste filtern…</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../forms/user_guide_window.ui" line="+9"/>
        <source>ISMS Desk User Guide</source>
        <translation>ISMS Desk Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward (Alt+Right)</source>
        <translation>Vorwärts (Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start of the guide</source>
        <translation>Zurück zum Anfang des Handbuchs</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../forms/welcome_view.ui" line="+30"/>
        <source>ISMS Desk</source>
        <translation>ISMS Desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register of an ISO/IEC 27001:2022 information security management system, in one file.</source>
        <translation>Das Register eines Informationssicherheitsmanagementsystems nach ISO/IEC 27001:2022, in einer Datei.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New ISMS File…</source>
        <translation>Neue ISMS-Datei…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a file for an organisation from the ISO/IEC 27001 template</source>
        <translation>Eine Datei für eine Organisation aus der ISO/IEC-27001-Vorlage beginnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an existing .isms file</source>
        <translation>Eine vorhandene .isms-Datei öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explore a fictitious company&apos;s ISMS without touching your files</source>
        <translation>Das ISMS eines fiktiven Unternehmens erkunden, ohne Ihre Dateien zu berühren</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>isms::app</name>
    <message>
        <location filename="../../src/app/detail/change_description.cpp" line="+58"/>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked</source>
        <translation>Verknüpfung gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence attached</source>
        <translation>Nachweis angehängt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence removed</source>
        <translation>Nachweis entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methodology changed</source>
        <translation>Methodik geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File details changed</source>
        <translation>Dateiangaben geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment approved by the risk owner</source>
        <translation>Behandlung vom Risikoeigentümer freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval withdrawn</source>
        <translation>Freigabe zurückgezogen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/import/csv_preview.cpp" line="+85"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ignored (computed)</source>
        <translation>ignoriert (berechnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out</source>
        <translation>nicht übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a field</source>
        <translation>kein Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeated</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../src/app/session/value_text.cpp" line="+79"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../src/app/views/new_record.cpp" line="+46"/>
        <source>Each %1 belongs to a %2, and there is none yet. Add a %2 first.</source>
        <translation>Jeder Eintrag „%1“ gehört zu einem Eintrag „%2“, und es gibt noch keinen. Legen Sie zuerst einen Eintrag „%2“ an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No %1 was chosen, so no %2 was added. Choose the %1 it belongs to, or open that %1 and add the %2 from there.</source>
        <translation>Es wurde kein Eintrag „%1“ gewählt, daher wurde kein Eintrag „%2“ hinzugefügt. Wählen Sie den Eintrag „%1“, zu dem er gehört, oder öffnen Sie diesen und fügen Sie den Eintrag „%2“ von dort hinzu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/window/status_summary.cpp" line="+20"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing overdue</source>
        <translation>nichts überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last change %1 by %2</source>
        <translation>letzte Änderung %1 durch %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no changes recorded yet</source>
        <translation>noch keine Änderungen erfasst</translation>
    </message>
    <message>
        <location filename="../../src/app/wizard/new_file_location.cpp" line="+31"/>
        <source>%1 is a folder. Add a file name.</source>
        <translation>%1 ist ein Ordner. Fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 cannot be created: %2 is a file. Choose another with Browse….</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2 ist eine Datei. Wählen Sie mit „Durchsuchen…“ einen anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 cannot be created: you may not write in %2. Choose another with Browse….</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: Sie dürfen nicht in %2 schreiben. Wählen Sie mit „Durchsuchen…“ einen anderen.</translation>
    </message>
    <message>
        <location filename="../../src/app/wizard/template_choice.cpp" line="+25"/>
        <location line="+19"/>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>ISMS templates (*.isms-template);;All files (*)</source>
        <translation>ISMS-Vorlagen (*.isms-template);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Another template file…</source>
        <translation>Andere Vorlagendatei…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the new file from the template:</source>
        <translation>Die neue Datei mit dieser Vorlage beginnen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its %1 × %2 risk method</source>
        <translation>ihre %1 × %2-Risikomethode</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n control decision(s) with their justifications</source>
        <translation>
            <numerusform>%n Maßnahmenentscheidung mit Begründung</numerusform>
            <numerusform>%n Maßnahmenentscheidungen mit ihren Begründungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n document(s) to write, as drafts</source>
        <translation>
            <numerusform>%n Dokument zum Ausarbeiten, als Entwurf</numerusform>
            <numerusform>%n Dokumente zum Ausarbeiten, als Entwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n role(s), to be given holders</source>
        <translation>
            <numerusform>%n Rolle, die noch zu besetzen ist</numerusform>
            <numerusform>%n Rollen, die noch zu besetzen sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n risk(s), to be assessed and given owners</source>
        <translation>
            <numerusform>%n Risiko, das noch zu beurteilen und einem Risikoeigentümer zuzuordnen ist</numerusform>
            <numerusform>%n Risiken, die noch zu beurteilen und Risikoeigentümern zuzuordnen sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n Kennzahl</numerusform>
            <numerusform>%n Kennzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n competence requirement(s)</source>
        <translation>
            <numerusform>%n Kompetenzanforderung</numerusform>
            <numerusform>%n Kompetenzanforderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n Kommunikation</numerusform>
            <numerusform>%n Kommunikationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/detail/approval_description.cpp" line="+37"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Approved by: %1</source>
        <translation>Freigegeben von: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rationale: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds until: no expiry date</source>
        <translation>Gültig bis: ohne Ablaufdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted: inherent level %1, residual level %2, treatment %3</source>
        <translation>Akzeptiert: inhärente Risikostufe %1, Restrisikostufe %2, Behandlung %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Treating controls: none</source>
        <translation>Behandelnde Maßnahmen: keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treating controls: %1</source>
        <translation>Behandelnde Maßnahmen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot SHA-256: %1</source>
        <translation>SHA-256 der Momentaufnahme: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/soa_rows.cpp" line="+124"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal</source>
        <translation>Gesetzlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Contractual</source>
        <translation>Vertraglich</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Business</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>ticked</source>
        <translation>angekreuzt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Risk treatment</source>
        <translation>Risikobehandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follows from the risks it treats</source>
        <translation>folgt aus den Risiken, die sie behandelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal or regulatory</source>
        <translation>Gesetzlich oder regulatorisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follows from a legal or regulatory requirement it addresses</source>
        <translation>folgt aus einer gesetzlichen oder regulatorischen Anforderung, die sie erfüllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follows from a contractual requirement it addresses</source>
        <translation>folgt aus einer vertraglichen Anforderung, die sie erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business requirement</source>
        <translation>Geschäftliche Anforderung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reason for inclusion: none is ticked and none follows from a risk or a requirement.</source>
        <translation>Kein Grund für die Aufnahme: Keiner ist angekreuzt, und keiner folgt aus einem Risiko oder einer Anforderung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undecided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reason</source>
        <translation>Kein Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not justified</source>
        <translation>Nicht begründet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded, treats %1</source>
        <translation>Ausgeschlossen, behandelt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded, implemented by %1</source>
        <translation>Ausgeschlossen, umgesetzt durch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk not ticked (%1)</source>
        <translation>Risiko nicht angekreuzt (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/approval/people_choice.cpp" line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>isms::app::AboutDialog</name>
    <message>
        <location filename="../../src/app/help/about_dialog.cpp" line="+33"/>
        <source>&lt;h2&gt;ISMS Desk %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ISMS Desk %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISMS file, schema version %1. Files of an earlier version are upgraded when they are opened, after a backup is taken; files of a later version are refused.</source>
        <translation>ISMS-Datei, Schemaversion %1. Dateien einer früheren Version werden beim Öffnen aktualisiert, nachdem eine Sicherung angelegt wurde; Dateien einer späteren Version werden abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later). ISMS Desk comes with no warranty; you may share and change it under the licence&apos;s terms.</source>
        <translation>GNU General Public License, Version 3 oder später (GPL-3.0-or-later). ISMS Desk wird ohne jede Gewährleistung bereitgestellt; Sie dürfen es unter den Bedingungen der Lizenz weitergeben und verändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt %1 (built with %2), SQLite %3, libsodium %4</source>
        <translation>Qt %1 (erstellt mit %2), SQLite %3, libsodium %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide &amp;Licence</source>
        <translation>&amp;Lizenz ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;Licence</source>
        <translation>&amp;Lizenz anzeigen</translation>
    </message>
</context>
<context>
    <name>isms::app::ApprovalController</name>
    <message>
        <location filename="../../src/app/approval/approval_controller.cpp" line="+17"/>
        <source>Open an ISMS file to approve a risk&apos;s treatment.</source>
        <translation>Öffnen Sie eine ISMS-Datei, um die Behandlung eines Risikos freizugeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An audit copy cannot be changed: approve in the working file.</source>
        <translation>Eine Auditkopie kann nicht geändert werden: Geben Sie in der Arbeitsdatei frei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was opened read-only: open it normally to approve.</source>
        <translation>Diese Datei wurde schreibgeschützt geöffnet: Öffnen Sie sie normal, um freizugeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select one risk in the risks register to approve its treatment.</source>
        <translation>Wählen Sie ein Risiko im Risikoregister, um seine Behandlung freizugeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the risk owner approves this risk&apos;s treatment and accepts its residual risk (ISO/IEC 27001 6.1.3 f)</source>
        <translation>Festhalten, dass der Risikoeigentümer die Behandlung dieses Risikos freigibt und sein Restrisiko akzeptiert (ISO/IEC 27001 6.1.3 f)</translation>
    </message>
</context>
<context>
    <name>isms::app::ApproveRiskDialog</name>
    <message>
        <location filename="../../src/app/approval/approve_risk_dialog.cpp" line="+53"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no controls linked)</source>
        <translation>(keine Maßnahmen verknüpft)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (last approved by %2 on %3)</source>
        <translation>%1 (zuletzt freigegeben von %2 am %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — risk owner</source>
        <translation>%1 — Risikoeigentümer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only a person of the people register can approve: add the risk owner to the people register first.</source>
        <translation>Nur eine Person aus dem Personenregister kann freigeben: Nehmen Sie den Risikoeigentümer zuerst in das Personenregister auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who approves.</source>
        <translation>Wählen Sie, wer freigibt.</translation>
    </message>
</context>
<context>
    <name>isms::app::ApproveSoaVersionDialog</name>
    <message>
        <location filename="../../src/app/approval/approve_soa_version_dialog.cpp" line="+23"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: every control is decided.</source>
        <translation>Keine: Jede Maßnahme ist entschieden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 control not decided yet: the version will be marked incomplete. That is allowed; decide it before the next version.</source>
        <translation>1 Maßnahme noch nicht entschieden: Die Version wird als unvollständig gekennzeichnet. Das ist zulässig; entscheiden Sie sie vor der nächsten Version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 controls not decided yet: the version will be marked incomplete. That is allowed; decide them before the next version.</source>
        <translation>%1 Maßnahmen noch nicht entschieden: Die Version wird als unvollständig gekennzeichnet. Das ist zulässig; entscheiden Sie sie vor der nächsten Version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve Version %1</source>
        <translation>Version %1 freigeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose who approves</source>
        <translation>Wählen Sie, wer freigibt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This file cannot be changed: open the working file normally to approve.</source>
        <translation>Diese Datei kann nicht geändert werden: Öffnen Sie die Arbeitsdatei normal, um freizugeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SoA could not be read: %1</source>
        <translation>Die Anwendbarkeitserklärung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a person of the people register can approve the SoA: add them to the people register first.</source>
        <translation>Nur eine Person aus dem Personenregister kann die Anwendbarkeitserklärung freigeben: Nehmen Sie sie zuerst in das Personenregister auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who approves.</source>
        <translation>Wählen Sie, wer freigibt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was approved: %1</source>
        <translation>Nichts wurde freigegeben: %1</translation>
    </message>
</context>
<context>
    <name>isms::app::AttachmentsPanel</name>
    <message>
        <location filename="../../src/app/detail/attachments_panel.cpp" line="+30"/>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Added %2 by %3
SHA-256 %4</source>
        <translation>%1
Hinzugefügt %2 von %3
SHA-256 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evidence attached.</source>
        <translation>Kein Nachweis angehängt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attach Evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File too large</source>
        <translation>Datei zu groß</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot attach this file</source>
        <translation>Diese Datei kann nicht angehängt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the file</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be read: %2. Check that it exists and that you may read it.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attach %1</source>
        <translation>%1 anhängen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the evidence</source>
        <translation>Der Nachweis kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program to open it</source>
        <translation>Kein Programm zum Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop has no program for %1. A copy is at %2.</source>
        <translation>Die Arbeitsumgebung hat kein Programm für %1. Eine Kopie liegt unter %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>isms::app::AuditExportOptions</name>
    <message>
        <location filename="../../src/app/signing/audit_export_options.cpp" line="+15"/>
        <source>Export Audit Copy</source>
        <translation>Auditkopie exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign with my key</source>
        <translation>Mit meinem Schlüssel &amp;signieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by %1, key %2. An auditor who trusts your key can then prove the copy is exactly what you exported.</source>
        <translation>Signiert von %1, Schlüssel %2. Ein Auditor, der Ihrem Schlüssel vertraut, kann dann nachweisen, dass die Kopie genau das ist, was Sie exportiert haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have no signing key: create one under Preferences to sign audit copies.</source>
        <translation>Sie haben keinen Signaturschlüssel: Legen Sie unter „Einstellungen“ einen an, um Auditkopien zu signieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Passphrase des Schlüssels:</translation>
    </message>
</context>
<context>
    <name>isms::app::AuditorNotesDialog</name>
    <message>
        <location filename="../../src/app/dialogs/auditor_notes_dialog.cpp" line="+30"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auditor Notes</source>
        <translation>Auditorennotizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes are kept in %1, beside the audit copy, which is never changed. Send that file to the ISMS manager to merge as findings.</source>
        <translation>Die Notizen werden in %1 neben der Auditkopie abgelegt, die selbst nie geändert wird. Senden Sie diese Datei an den ISMS-Verantwortlichen, damit er sie als Feststellungen zusammenführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clause or control</source>
        <translation>Abschnitt oder Maßnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose where to keep the notes</source>
        <translation>Ablageort der Notizen wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder of the audit copy cannot be written to. Choose another place for the notes file; the copy stays where it is.</source>
        <translation>In den Ordner der Auditkopie kann nicht geschrieben werden. Wählen Sie einen anderen Ort für die Notizdatei; die Kopie bleibt, wo sie ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Auditor Notes In</source>
        <translation>Auditorennotizen ablegen in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auditor notes (*.notes)</source>
        <translation>Auditorennotizen (*.notes)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only the author of a note can change it.</source>
        <translation>Nur der Verfasser einer Notiz kann sie ändern.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the note “%1”?</source>
        <translation>Die Notiz „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>isms::app::BarChartWidget</name>
    <message>
        <location filename="../../src/app/report_view/bar_chart_widget.cpp" line="+25"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>isms::app::ChoiceEditor</name>
    <message>
        <location filename="../../src/app/form/field_editors.cpp" line="+176"/>
        <source>%1 (not in the list)</source>
        <translation>%1 (nicht in der Liste)</translation>
    </message>
</context>
<context>
    <name>isms::app::DashboardPage</name>
    <message>
        <location filename="../../src/app/pages/dashboard/dashboard_page.cpp" line="+16"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs doing, the risk heat maps, audit readiness per clause and the state of the Statement of Applicability</source>
        <translation>Was zu tun ist, die Risiko-Heatmaps, die Auditbereitschaft je Kapitel und der Stand der Anwendbarkeitserklärung</translation>
    </message>
</context>
<context>
    <name>isms::app::DashboardView</name>
    <message>
        <location filename="../../src/app/dashboard/dashboard_view.cpp" line="+74"/>
        <location line="+33"/>
        <source>No file is open.</source>
        <translation>Keine Datei geöffnet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Dashboard for %1</source>
        <translation>Übersicht für %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dashboard could not read this file: %1</source>
        <translation>Die Übersicht konnte diese Datei nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open risks with inherent likelihood %1 (%2) and impact %3 (%4)</source>
        <translation>Offene Risiken mit inhärenter Eintrittswahrscheinlichkeit %1 (%2) und Auswirkung %3 (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open risks with residual likelihood %1 (%2) and impact %3 (%4)</source>
        <translation>Offene Risiken mit Eintrittswahrscheinlichkeit %1 (%2) und Auswirkung %3 (%4) des Restrisikos</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>isms::app::DateEditor</name>
    <message>
        <location filename="../../src/app/form/date_editor.cpp" line="+72"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the date on a calendar</source>
        <translation>Datum im Kalender wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the date</source>
        <translation>Datum entfernen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>“%1” is not a date, so it was not saved. Type it as %2 or %3.</source>
        <translation>„%1“ ist kein Datum und wurde daher nicht gespeichert. Geben Sie es als %2 oder %3 ein.</translation>
    </message>
</context>
<context>
    <name>isms::app::DetailPane</name>
    <message>
        <location filename="../../src/app/detail/detail_pane.cpp" line="+47"/>
        <source>Select a record to see its details, links and history.</source>
        <translation>Wählen Sie einen Eintrag, um seine Details, Verknüpfungen und Historie zu sehen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A %1 (clause %2)</source>
        <translation>%1 (Kapitel %2)</translation>
    </message>
</context>
<context>
    <name>isms::app::ExportReportDialog</name>
    <message>
        <location filename="../../src/app/export/export_report_dialog.cpp" line="+32"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no report to export.</source>
        <translation>Es gibt keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no format to export to.</source>
        <translation>Es gibt kein Format, in das exportiert werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a file name, or choose one with Browse.</source>
        <translation>Geben Sie einen Dateinamen ein oder wählen Sie einen über „Durchsuchen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
</context>
<context>
    <name>isms::app::FileController</name>
    <message>
        <location filename="../../src/app/window/file_controller.cpp" line="+37"/>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot make the folder</source>
        <translation>Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 could not be created. Check your permissions, or choose another folder.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie Ihre Berechtigungen oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot replace the file</source>
        <translation>Die Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot make the demo file</source>
        <translation>Die Demodatei kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 could not be created. Check your permissions.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie Ihre Berechtigungen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (copy).isms</source>
        <translation> (Kopie).isms</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>ISMS files (*.isms)</source>
        <translation>ISMS-Dateien (*.isms)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Copy saved</source>
        <translation>Kopie gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of this file was saved to %1. You keep working in %2.</source>
        <translation>Eine Kopie dieser Datei wurde unter %1 gespeichert. Sie arbeiten weiter in %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Audit Copy</source>
        <translation>Auditkopie exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (audit copy).isms</source>
        <translation> (Auditkopie).isms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot sign the audit copy</source>
        <translation>Die Auditkopie kann nicht signiert werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Audit copy exported</source>
        <translation>Auditkopie exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit copy is at %1 and opens read-only.

File SHA-256 (also in %2):
%3

Content digest:
%4

Change log head:
%5

Give these figures to the auditor separately, so they can check the copy was not changed.%6</source>
        <translation>Die Auditkopie liegt unter %1 und öffnet sich schreibgeschützt.

SHA-256 der Datei (auch in %2):
%3

Inhalts-Digest:
%4

Kopf des Änderungsprotokolls:
%5

Geben Sie diese Werte dem Auditor auf getrenntem Weg, damit er prüfen kann, dass die Kopie nicht verändert wurde.%6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>

Signed by %1 (key %2).</source>
        <translation>

Signiert von %1 (Schlüssel %2).</translation>
    </message>
    <message>
        <location filename="../../src/app/window/file_controller_templates.cpp" line="+38"/>
        <source>Save as Template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISMS templates (*.isms-template)</source>
        <translation>ISMS-Vorlagen (*.isms-template)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot save the template</source>
        <translation>Die Vorlage kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template saved</source>
        <translation>Vorlage gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template %1 holds this file&apos;s risk method, %2 controls with their decisions and justifications, %3 documents, %4 roles and %5 risks. People, owners, dates, history, evidence, audits, reviews and improvement records were left out.

Use File › New from Template… to start a client&apos;s file from it.</source>
        <translation>Die Vorlage %1 enthält die Risikomethode dieser Datei, %2 Maßnahmen mit ihren Entscheidungen und Begründungen, %3 Dokumente, %4 Rollen und %5 Risiken. Personen, Verantwortliche, Termine, Historie, Nachweise, Audits, Managementbewertungen und Verbesserungseinträge wurden weggelassen.

Mit „Datei › Neu aus Vorlage…“ beginnen Sie damit die Datei eines Mandanten.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot use the template</source>
        <translation>Die Vorlage kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot create the file from the template</source>
        <translation>Die Datei kann nicht aus der Vorlage angelegt werden</translation>
    </message>
</context>
<context>
    <name>isms::app::FileErrorText</name>
    <message>
        <location filename="../../src/app/dialogs/file_error_text.cpp" line="+31"/>
        <source>“%1” turned out to be damaged while it was being checked, so it was closed. Nothing was written to it.</source>
        <translation>„%1“ hat sich bei der Prüfung als beschädigt erwiesen und wurde daher geschlossen. Es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is no longer in %2.</source>
        <translation>„%1“ befindet sich nicht mehr in %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved, renamed or deleted, or it is on a drive that is not connected. Use Open… to find it, or remove it from the recent files.</source>
        <translation>Sie wurde möglicherweise verschoben, umbenannt oder gelöscht, oder sie liegt auf einem nicht verbundenen Laufwerk. Suchen Sie sie mit „Öffnen…“ oder entfernen Sie sie aus den zuletzt geöffneten Dateien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an ISMS Desk file</source>
        <translation>Keine ISMS-Desk-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an ISMS Desk file, so it was not opened.</source>
        <translation>„%1“ ist keine ISMS-Desk-Datei und wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file ending in .isms that was made with ISMS Desk. To bring in records from a spreadsheet, save them as CSV, open or create an ISMS file, and choose File › Import CSV or XLSX….</source>
        <translation>Wählen Sie eine mit ISMS Desk erstellte Datei mit der Endung .isms. Um Einträge aus einer Tabelle zu übernehmen, speichern Sie sie als CSV oder XLSX, öffnen oder erstellen Sie eine ISMS-Datei und wählen Sie Datei › CSV oder XLSX importieren….</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is damaged</source>
        <translation>Diese Datei ist beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is damaged or incomplete, so it was not opened. Nothing was written to it.</source>
        <translation>„%1“ ist beschädigt oder unvollständig und wurde daher nicht geöffnet. Es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your most recent backup or exported copy of this file instead. Keep the damaged file: it may still be recovered by someone with database tools.</source>
        <translation>Öffnen Sie stattdessen Ihre letzte Sicherung oder exportierte Kopie dieser Datei. Behalten Sie die beschädigte Datei: Mit Datenbankwerkzeugen lässt sie sich eventuell noch retten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made by a newer version</source>
        <translation>Mit einer neueren Version erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was made by a newer version of ISMS Desk and this version cannot read it. Nothing was written to it.</source>
        <translation>„%1“ wurde mit einer neueren Version von ISMS Desk erstellt und kann mit dieser Version nicht gelesen werden. Es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the latest version of ISMS Desk to open it, or ask whoever sent it for a copy saved by your version.</source>
        <translation>Installieren Sie die neueste Version von ISMS Desk, um sie zu öffnen, oder bitten Sie den Absender um eine mit Ihrer Version gespeicherte Kopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File in use</source>
        <translation>Datei in Verwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is open in another program or another ISMS Desk window.</source>
        <translation>„%1“ ist in einem anderen Programm oder einem anderen ISMS-Desk-Fenster geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close it there and try again, or open it read-only to look at it without changing it.</source>
        <translation>Schließen Sie sie dort und versuchen Sie es erneut, oder öffnen Sie sie schreibgeschützt, um sie anzusehen, ohne sie zu ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File cannot be changed</source>
        <translation>Datei kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is read-only on disk, so ISMS Desk cannot save changes to it.</source>
        <translation>„%1“ ist auf dem Datenträger schreibgeschützt, daher kann ISMS Desk keine Änderungen darin speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it read-only to browse it, or copy it to a folder where you may write and open the copy.</source>
        <translation>Öffnen Sie sie schreibgeschützt, um sie anzusehen, oder kopieren Sie sie in einen Ordner, in dem Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Could not use the file</source>
        <translation>Die Datei konnte nicht verwendet werden</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The system refused access to “%1”.</source>
        <translation>Das System hat den Zugriff auf „%1“ verweigert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk is not full and that you may read and write in %1, then try again.</source>
        <translation>Prüfen Sie, ob der Datenträger voll ist und ob Sie in %1 lesen und schreiben dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” could not be used.</source>
        <translation>„%1“ konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details below say what was wrong; correct it and try again.</source>
        <translation>Die Details unten nennen den Fehler; beheben Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected problem</source>
        <translation>Unerwartetes Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISMS Desk met an unexpected problem with “%1”. Nothing was written to it.</source>
        <translation>ISMS Desk ist bei „%1“ auf ein unerwartetes Problem gestoßen. Es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please report this, with the details below and the log file, so it can be fixed.</source>
        <translation>Bitte melden Sie dies mit den Details unten und der Protokolldatei, damit es behoben werden kann.</translation>
    </message>
</context>
<context>
    <name>isms::app::HistoryPanel</name>
    <message>
        <location filename="../../src/app/detail/history_panel.cpp" line="+35"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>isms::app::ImportController</name>
    <message>
        <location filename="../../src/app/import/import_controller.cpp" line="+87"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Import Records</source>
        <translation>Einträge importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files and workbooks (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>CSV-Dateien und Arbeitsmappen (*.csv *.txt *.xlsx);;CSV-Dateien (*.csv *.txt);;Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>1 record was added to %1 (%2).</source>
        <translation>1 Eintrag wurde zu %1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 records were added to %2 (%3).</source>
        <translation>%1 Einträge wurden zu %2 (%3) hinzugefügt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 record was updated (%1).</source>
        <translation>1 Eintrag wurde aktualisiert (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 records were updated (%2).</source>
        <translation>%1 Einträge wurden aktualisiert (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 asset the file named was added (%1): check its type and owner.</source>
        <translation>1 von der Datei genanntes Asset wurde angelegt (%1): prüfen Sie Typ und Verantwortliche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 assets the file named were added (%2): check their type and owner.</source>
        <translation>%1 von der Datei genannte Assets wurden angelegt (%2): prüfen Sie Typ und Verantwortliche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records imported</source>
        <translation>Einträge importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit › Undo takes the whole import back in one step.</source>
        <translation>Bearbeiten › Rückgängig nimmt den ganzen Import in einem Schritt zurück.</translation>
    </message>
</context>
<context>
    <name>isms::app::ImportCsvDialog</name>
    <message>
        <location filename="../../src/app/import/import_csv_dialog.cpp" line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>“%1” could not be read: %2. Check that it still exists and that you may read it, then choose Read Again.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2. Prüfen Sie, ob die Datei noch existiert und ob Sie sie lesen dürfen, und wählen Sie dann „Erneut lesen“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Words</source>
        <translation>&amp;Wörter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Words (%1)</source>
        <translation>&amp;Wörter (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column “%1” fills this field.</source>
        <translation>Die Spalte „%1“ füllt dieses Feld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 register does not take column “%2”.</source>
        <translation>Das Register %1 nimmt die Spalte „%2“ nicht an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file has a header but no records: there is nothing to import.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Einträge: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Import and Update</source>
        <translation>&amp;Importieren und aktualisieren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import into %1</source>
        <translation>Import in %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The mapping could not be saved to “%1”: %2. Choose another folder.</source>
        <translation>Die Zuordnung konnte nicht unter „%1“ gespeichert werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” could not be read: %2.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Load Mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+14"/>
        <source>Import mappings (*.json);;All files (*)</source>
        <translation>Import-Zuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+6"/>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>This file is open read-only: nothing can be imported into it.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet: Es kann nichts in sie importiert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> The first %1 are shown.</source>
        <translation> Die ersten %1 werden angezeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems found: 1 record will be added to %1.</source>
        <translation>Keine Probleme gefunden: 1 Eintrag wird zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems found: %1 records will be added to %2.</source>
        <translation>Keine Probleme gefunden: %1 Einträge werden zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 record whose ref exists will be updated where the file differs.</source>
        <translation>1 Eintrag mit vorhandener Kennung wird aktualisiert, wo die Datei abweicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 records whose ref exists will be updated where the file differs.</source>
        <translation>%1 Einträge mit vorhandener Kennung werden aktualisiert, wo die Datei abweicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 asset the file names will be added.</source>
        <translation>1 von der Datei genanntes Asset wird angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 assets the file names will be added.</source>
        <translation>%1 von der Datei genannte Assets werden angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import is one step that Edit › Undo takes back.</source>
        <translation>Der Import ist ein Schritt, den Bearbeiten › Rückgängig zurücknimmt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import 1 Record</source>
        <translation>1 Eintrag &amp;importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import %1 Records</source>
        <translation>%1 Einträge &amp;importieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>isms::app::ImportMappingEditor</name>
    <message>
        <location filename="../../src/app/import/import_mapping_editor.cpp" line="+64"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports as, for column %1</source>
        <translation>Wird importiert als, für Spalte %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Links: %1</source>
        <translation>Verknüpfungen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Meaning of %1</source>
        <translation>Bedeutung von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen (the import refuses it)</source>
        <translation>Nicht gewählt (der Import lehnt es ab)</translation>
    </message>
</context>
<context>
    <name>isms::app::KeyValuesWidget</name>
    <message>
        <location filename="../../src/app/report_view/key_values_widget.cpp" line="+27"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>isms::app::LevelDisplay</name>
    <message>
        <location filename="../../src/app/form/field_editors.cpp" line="+241"/>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
</context>
<context>
    <name>isms::app::LinksPanel</name>
    <message>
        <location filename="../../src/app/detail/links_panel.cpp" line="+48"/>
        <source>Add link</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove link</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No links yet.</source>
        <translation>Noch keine Verknüpfungen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Link %1 to %2</source>
        <translation>%1 mit %2 verknüpfen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unlink %1 from %2</source>
        <translation>Verknüpfung von %1 mit %2 lösen</translation>
    </message>
</context>
<context>
    <name>isms::app::MainToolBar</name>
    <message>
        <location filename="../../src/app/window/action_icons.cpp" line="+54"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
</context>
<context>
    <name>isms::app::MainWindow</name>
    <message>
        <location filename="../../src/app/window/main_window.cpp" line="+96"/>
        <source>Auditor &amp;notes…</source>
        <translation>Auditore&amp;nnotizen…</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Attach Evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open ISMS File</source>
        <translation>ISMS-Datei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISMS files (*.isms);;All files (*)</source>
        <translation>ISMS-Dateien (*.isms);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; This file was opened for reading: nothing in it can be changed. Open it normally to edit.</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; Diese Datei wurde zum Lesen geöffnet: Nichts darin kann geändert werden. Öffnen Sie sie normal, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>ISMS Desk</source>
        <translation>ISMS Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-82"/>
        <source> [Read-only]</source>
        <translation> [Schreibgeschützt]</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (audit copy)</source>
        <translation> (Auditkopie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Nothing was changed by this step.</source>
        <translation>%1

Dieser Schritt hat nichts geändert.</translation>
    </message>
</context>
<context>
    <name>isms::app::MergeNotesDialog</name>
    <message>
        <location filename="../../src/app/dialogs/merge_notes_dialog.cpp" line="+28"/>
        <source>Merge Auditor Notes</source>
        <translation>Auditorennotizen zusammenführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes file:</source>
        <translation>Notizdatei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Findings of audit:</source>
        <translation>&amp;Feststellungen des Audits:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All the notes go in or none do. The merge is recorded in the history but cannot be undone with Undo.</source>
        <translation>Entweder werden alle Notizen übernommen oder keine. Das Zusammenführen wird in der Historie erfasst, kann aber nicht mit „Rückgängig“ zurückgenommen werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This file has no audits. Add the audit in the audits register first.</source>
        <translation>Diese Datei hat keine Audits. Legen Sie das Audit zuerst im Register der Audits an.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Nothing to merge: all %n note(s) were merged before.</source>
        <translation>
            <numerusform>Nichts zusammenzuführen: Die %n Notiz wurde bereits zusammengeführt.</numerusform>
            <numerusform>Nichts zusammenzuführen: Alle %n Notizen wurden bereits zusammengeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) will become findings.</source>
        <translation>
            <numerusform>%n Notiz wird zur Feststellung.</numerusform>
            <numerusform>%n Notizen werden zu Feststellungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) were merged before and will be skipped.</source>
        <translation>
            <numerusform>%n Notiz wurde bereits zusammengeführt und wird übersprungen.</numerusform>
            <numerusform>%n Notizen wurden bereits zusammengeführt und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) name a record this file no longer has; the mention is kept in the description.</source>
        <translation>
            <numerusform>%n Notiz nennt einen Eintrag, den diese Datei nicht mehr hat; die Erwähnung bleibt in der Beschreibung erhalten.</numerusform>
            <numerusform>%n Notizen nennen einen Eintrag, den diese Datei nicht mehr hat; die Erwähnung bleibt in der Beschreibung erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Nothing was merged: all %n note(s) were merged before.</source>
        <translation>
            <numerusform>Nichts wurde zusammengeführt: Die %n Notiz wurde bereits zusammengeführt.</numerusform>
            <numerusform>Nichts wurde zusammengeführt: Alle %n Notizen wurden bereits zusammengeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n note(s) became findings of %1: %2.</source>
        <translation>
            <numerusform>%n Notiz wurde zur Feststellung von %1: %2.</numerusform>
            <numerusform>%n Notizen wurden zu Feststellungen von %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is no longer in this file; the finding keeps the mention.</source>
        <translation>%1 ist nicht mehr in dieser Datei; die Feststellung behält die Erwähnung.</translation>
    </message>
</context>
<context>
    <name>isms::app::MethodologyEditor</name>
    <message>
        <location filename="../../src/app/pages/methodology/methodology_editor.cpp" line="+34"/>
        <source>Risk methodology</source>
        <translation>Risikomethodik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How risks are scored (ISO/IEC 27001 clause 6.1.2). Edits stay here until you apply them; applying re-evaluates every risk and can be undone.</source>
        <translation>Wie Risiken bewertet werden (ISO/IEC 27001 Abschnitt 6.1.2). Änderungen bleiben hier, bis Sie sie übernehmen; das Übernehmen bewertet jedes Risiko neu und lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the file&apos;s methodology again, dropping these edits</source>
        <translation>Die Methodik der Datei wieder anzeigen und diese Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Likelihood and impact scales</source>
        <translation>Skalen für Eintrittswahrscheinlichkeit und Auswirkung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> levels</source>
        <translation> Stufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Likelihood:</source>
        <translation>Eintrittswahrscheinlichkeit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impact:</source>
        <translation>Auswirkung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Risk matrix: level of each likelihood and impact</source>
        <translation>Risikomatrix: Stufe jeder Kombination aus Eintrittswahrscheinlichkeit und Auswirkung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows are likelihood (highest first), columns are impact</source>
        <translation>Zeilen sind die Eintrittswahrscheinlichkeit (höchste zuerst), Spalten die Auswirkung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Risk bands</source>
        <translation>Risikoklassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest level</source>
        <translation>Niedrigste Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add band</source>
        <translation>Klasse hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove band</source>
        <translation>Klasse entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose colour…</source>
        <translation>Farbe wählen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Acceptance and review</source>
        <translation>Akzeptanz und Überprüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residual risks above this level need treatment or an explicit acceptance</source>
        <translation>Restrisiken über dieser Stufe erfordern eine Behandlung oder eine ausdrückliche Akzeptanz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Highest acceptable level:</source>
        <translation>Höchste akzeptable Stufe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance criteria:</source>
        <translation>Risikoakzeptanzkriterien:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review every:</source>
        <translation>Überprüfung alle:</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Likelihood %1</source>
        <translation>Eintrittswahrscheinlichkeit %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact %1</source>
        <translation>Auswirkung %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Band %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>⚠ Cannot apply: %1</source>
        <translation>⚠ Kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file is open read-only: the methodology is shown, not changed.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet: Die Methodik wird angezeigt, nicht geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the methodology in the file.</source>
        <translation>Dies ist die Methodik in der Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No risk changes level. Apply to store these changes.</source>
        <translation>Kein Risiko ändert seine Stufe. Übernehmen Sie, um diese Änderungen zu speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applying re-evaluates the level of every risk.</source>
        <translation>Das Übernehmen bewertet die Stufe jedes Risikos neu.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Applying changes the level of %n risk(s).</source>
        <translation>
            <numerusform>Das Übernehmen ändert die Stufe von %n Risiko.</numerusform>
            <numerusform>Das Übernehmen ändert die Stufe von %n Risiken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change the risk methodology</source>
        <translation>Risikomethodik ändern</translation>
    </message>
</context>
<context>
    <name>isms::app::MethodologyPage</name>
    <message>
        <location filename="../../src/app/pages/methodology/methodology_page.cpp" line="+15"/>
        <source>Risk methodology</source>
        <translation>Risikomethodik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scales, matrix, bands and acceptance criteria (clause 6.1.2)</source>
        <translation>Skalen, Matrix, Klassen und Akzeptanzkriterien (Abschnitt 6.1.2)</translation>
    </message>
</context>
<context>
    <name>isms::app::MigrationNotice</name>
    <message>
        <location filename="../../src/app/dialogs/file_error_text.cpp" line="+21"/>
        <source>File upgraded</source>
        <translation>Datei aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was upgraded to the current format. A backup of the original is at %1.</source>
        <translation>Diese Datei wurde auf das aktuelle Format aktualisiert. Eine Sicherung des Originals liegt unter %1.</translation>
    </message>
</context>
<context>
    <name>isms::app::NavigationTree</name>
    <message>
        <location filename="../../src/app/window/navigation_tree.cpp" line="+92"/>
        <source>%1 ⚠%2</source>
        <translation>%1 ⚠%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::app::NewFileWizard</name>
    <message>
        <location filename="../../src/app/wizard/new_file_wizard.cpp" line="+89"/>
        <location line="+213"/>
        <source>New ISMS File</source>
        <translation>Neue ISMS-Datei</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose information security management system will this file hold?</source>
        <translation>Wessen Informationssicherheitsmanagementsystem soll diese Datei enthalten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Acme Ltd</source>
        <translation>z. B. Muster GmbH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation name:</source>
        <translation>Name der &amp;Organisation:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. The development, operation and support of Acme&apos;s customer portal, by the staff in the London office, including the cloud services it runs on.</source>
        <translation>z. B. Entwicklung, Betrieb und Support des Kundenportals der Muster GmbH durch die Mitarbeitenden am Standort München, einschließlich der Cloud-Dienste, auf denen es läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scope statement:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ISMS covers (clause 4.3). You can refine it later in the Scope register.</source>
        <translation>Was das ISMS umfasst (Abschnitt 4.3). Sie können ihn später im Register „Geltungsbereich“ verfeinern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+78"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Geben Sie den Namen der Organisation ein.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Risk method</source>
        <translation>Risikomethode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How risks are rated: the size of the likelihood × impact matrix, its bands and the level up to which residual risk may be accepted.</source>
        <translation>Wie Risiken eingestuft werden: die Größe der Matrix aus Eintrittswahrscheinlichkeit × Auswirkung, ihre Klassen und die Stufe, bis zu der ein Restrisiko akzeptiert werden darf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 × %1 (recommended)</source>
        <translation>%1 × %1 (empfohlen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 × %1</source>
        <translation>%1 × %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Matrix:</source>
        <translation>&amp;Matrix:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file holds this organisation&apos;s whole ISMS. Keep it where it is backed up.</source>
        <translation>Eine Datei enthält das gesamte ISMS dieser Organisation. Legen Sie sie dort ab, wo sie gesichert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose where to keep the file.</source>
        <translation>Wählen Sie, wo die Datei abgelegt werden soll.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the existing file?</source>
        <translation>Vorhandene Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” already exists in %2. Replacing it throws away everything in it.</source>
        <translation>„%1“ existiert bereits in %2. Wenn Sie sie ersetzen, geht ihr gesamter Inhalt verloren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That file already exists. Choose another name.</source>
        <translation>Diese Datei existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the 93 Annex A controls and the clause 4–10 requirement checklist</source>
        <translation>die 93 Maßnahmen aus Anhang A und die Anforderungs-Checkliste zu den Kapiteln 4–10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the 93 Annex A controls, each waiting for your decision</source>
        <translation>die 93 Maßnahmen aus Anhang A, jede wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clause 4–10 requirement checklist</source>
        <translation>die Anforderungs-Checkliste zu den Kapiteln 4–10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a %1 × %1 risk method</source>
        <translation>eine %1 × %1-Risikomethode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your scope statement, as a draft</source>
        <translation>Ihren Geltungsbereich, als Entwurf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new file for &lt;b&gt;%1&lt;/b&gt; will start from the template &lt;b&gt;%2&lt;/b&gt; with:</source>
        <translation>Die neue Datei für &lt;b&gt;%1&lt;/b&gt; beginnt mit der Vorlage &lt;b&gt;%2&lt;/b&gt; und enthält:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new file for &lt;b&gt;%1&lt;/b&gt; will start with:</source>
        <translation>Die neue Datei für &lt;b&gt;%1&lt;/b&gt; beginnt mit:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder &lt;b&gt;%1&lt;/b&gt; does not exist yet: it will be created.</source>
        <translation>Der Ordner &lt;b&gt;%1&lt;/b&gt; existiert noch nicht: Er wird angelegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New ISMS File from Template</source>
        <translation>Neue ISMS-Datei aus Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose information security management system will this file hold? It starts from the template “%1”.</source>
        <translation>Wessen Informationssicherheitsmanagementsystem soll diese Datei enthalten? Sie beginnt mit der Vorlage „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ISMS files (*.isms)</source>
        <translation>ISMS-Dateien (*.isms)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 likelihood levels × %1 impact levels; a risk&apos;s level is likelihood × impact. Residual levels up to %2 may be accepted by the risk owner.</source>
        <translation>%1 Stufen der Eintrittswahrscheinlichkeit × %1 Stufen der Auswirkung; die Stufe eines Risikos ist Eintrittswahrscheinlichkeit × Auswirkung. Restrisiken bis Stufe %2 darf der Risikoeigentümer akzeptieren.</translation>
    </message>
</context>
<context>
    <name>isms::app::NoteEditorDialog</name>
    <message>
        <location filename="../../src/app/dialogs/note_editor_dialog.cpp" line="+32"/>
        <source>New Auditor Note</source>
        <translation>Neue Auditorennotiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Auditor Note</source>
        <translation>Auditorennotiz bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 9.2 or A.5.15</source>
        <translation>z. B. 9.2 oder A.5.15</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. R-003</source>
        <translation>z. B. R-003</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clause or control:</source>
        <translation>&amp;Abschnitt oder Maßnahme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record register:</source>
        <translation>&amp;Register des Eintrags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record r&amp;ef:</source>
        <translation>R&amp;eferenz des Eintrags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was found:</source>
        <translation>&amp;Was festgestellt wurde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence sampled:</source>
        <translation>&amp;Geprüfte Nachweise (Stichprobe):</translation>
    </message>
</context>
<context>
    <name>isms::app::QuickOpen</name>
    <message>
        <location filename="../../src/app/window/quick_open.cpp" line="+32"/>
        <source>Go to Record</source>
        <translation>Zu Eintrag gehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a reference or part of a title…</source>
        <translation>Referenz oder Teil eines Titels eingeben…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1  %2  — %3</source>
        <translation>%1  %2  — %3</translation>
    </message>
</context>
<context>
    <name>isms::app::RecordAssessmentDialog</name>
    <message>
        <location filename="../../src/app/approval/record_assessment_dialog.cpp" line="+23"/>
        <source>Planned (the planned interval)</source>
        <translation>Geplant (im geplanten Abstand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggered by a significant change</source>
        <translation>Ausgelöst durch eine wesentliche Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not named)</source>
        <translation>(nicht genannt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record Run</source>
        <translation>Durchlauf festhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file cannot be changed: open the working file normally to record a run.</source>
        <translation>Diese Datei kann nicht geändert werden: Öffnen Sie die Arbeitsdatei normal, um einen Durchlauf festzuhalten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Risk assessment %1</source>
        <translation>Risikobeurteilung %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was recorded: %1</source>
        <translation>Nichts wurde festgehalten: %1</translation>
    </message>
</context>
<context>
    <name>isms::app::RecordForm</name>
    <message>
        <location filename="../../src/app/form/record_form.cpp" line="+93"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fixed by ISO/IEC 27001 Annex A. Add a custom control for your own.</source>
        <translation>Durch ISO/IEC 27001 Anhang A festgelegt. Legen Sie für eigene Zwecke eine eigene Maßnahme an.</translation>
    </message>
</context>
<context>
    <name>isms::app::RegisterPage</name>
    <message>
        <location filename="../../src/app/pages/register/register_page.cpp" line="+37"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>isms::app::RegisterTableModel</name>
    <message>
        <location filename="../../src/app/models/register_table_model.cpp" line="+184"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the risk owner&apos;s approval of the treatment holds (ISO/IEC 27001 6.1.3 f): Approved, Needs re-approval, Expired or Not approved</source>
        <translation>Ob die Freigabe der Behandlung durch den Risikoeigentümer gilt (ISO/IEC 27001 6.1.3 f): freigegeben, erneute Freigabe nötig, abgelaufen oder nicht freigegeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filtered: contains &quot;%1&quot;</source>
        <translation>Gefiltert: enthält „%1“</translation>
    </message>
    <message>
        <location filename="../../src/app/models/register_table_model_approvals.cpp" line="+47"/>
        <source>The risk owner has not approved this risk&apos;s treatment (Edit › Approve Treatment…).</source>
        <translation>Der Risikoeigentümer hat die Behandlung dieses Risikos nicht freigegeben (Bearbeiten › Behandlung freigeben…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The risk owner&apos;s approval holds for the risk as it is now.</source>
        <translation>Die Freigabe des Risikoeigentümers gilt für das Risiko, wie es jetzt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The levels, the treatment or the treating controls changed since the owner approved: approve again.</source>
        <translation>Die Stufen, die Behandlung oder die behandelnden Maßnahmen haben sich seit der Freigabe geändert: Geben Sie erneut frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner&apos;s approval has expired: approve again.</source>
        <translation>Die Freigabe des Eigentümers ist abgelaufen: Geben Sie erneut frei.</translation>
    </message>
</context>
<context>
    <name>isms::app::RegisterView</name>
    <message>
        <location filename="../../src/app/views/register_columns.cpp" line="+155"/>
        <source>Contains…</source>
        <translation>Enthält…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Filter %1…</source>
        <translation>%1 filtern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear this filter</source>
        <translation>Diesen Filter aufheben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../src/app/views/register_view.cpp" line="+44"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the first %1</source>
        <translation>Ersten Eintrag anlegen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the records whose reference or text contains this (%1)</source>
        <translation>Zeigt die Einträge, deren Referenz oder Text dies enthält (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a %1 (%2)</source>
        <translation>Hinzufügen: %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear this filter and show every record (Esc)</source>
        <translation>Diesen Filter aufheben und alle Einträge anzeigen (Esc)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete Record</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Nothing here yet (clause %2).</source>
        <translation>%1

Hier ist noch nichts erfasst (Abschnitt %2).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Showing: %1.</source>
        <translation>Angezeigt: %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+4"/>
        <location line="+13"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which %1 does the new %2 belong to (%3)?</source>
        <translation>Zu welchem Eintrag „%1“ gehört der neue Eintrag „%2“ (%3)?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and its links will be removed. You can undo this.</source>
        <translation>%1 und seine Verknüpfungen werden entfernt. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>isms::app::ReportController</name>
    <message>
        <location filename="../../src/app/export/report_controller.cpp" line="+52"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Replace %1?</source>
        <translation>%1 ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists already. Replace it with the new report?</source>
        <translation>%1 existiert bereits. Durch den neuen Bericht ersetzen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+59"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+75"/>
        <source>The report could not be built from this file.

%1</source>
        <translation>Der Bericht konnte aus dieser Datei nicht erstellt werden.

%1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report could not be written to %1.

%2

Nothing was left there, and the ISMS file is unchanged. Choose another folder or name, or free some space, and export again.</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden.

%2

Dort wurde nichts hinterlassen, und die ISMS-Datei ist unverändert. Wählen Sie einen anderen Ordner oder Namen oder geben Sie Speicherplatz frei, und exportieren Sie erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+13"/>
        <location line="+18"/>
        <source>Print failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report could not be printed.

%1</source>
        <translation>Der Bericht konnte nicht gedruckt werden.

%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
</context>
<context>
    <name>isms::app::ReportTableWidget</name>
    <message>
        <location filename="../../src/app/report_view/report_table_widget.cpp" line="+114"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>isms::app::RiskBandLegend</name>
    <message>
        <location filename="../../src/app/dashboard/risk_matrix_widget.cpp" line="+395"/>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>isms::app::RiskForm</name>
    <message>
        <location filename="../../src/app/form/risk_form.cpp" line="+136"/>
        <source>C</source>
        <comment>confidentiality</comment>
        <translation>Vertr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I</source>
        <comment>integrity</comment>
        <translation>Integr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <comment>availability</comment>
        <translation>Verf.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level before action</source>
        <translation>Stufe vor Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>isms::app::RiskLinkList</name>
    <message>
        <location filename="../../src/app/form/risk_link_list.cpp" line="+83"/>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Link %1 to %2</source>
        <translation>%1 mit %2 verknüpfen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unlink %1 from %2</source>
        <translation>Verknüpfung von %1 mit %2 lösen</translation>
    </message>
</context>
<context>
    <name>isms::app::RiskMatrixWidget</name>
    <message>
        <location filename="../../src/app/dashboard/risk_matrix_widget.cpp" line="-291"/>
        <source>likelihood %1, impact %2, level %3: %4</source>
        <translation>Eintrittswahrscheinlichkeit %1, Auswirkung %2, Stufe %3: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No assessed risks.</source>
        <translation>Keine bewerteten Risiken.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Likelihood %1 (%2) × impact %3 (%4): level %5</source>
        <translation>Eintrittswahrscheinlichkeit %1 (%2) × Auswirkung %3 (%4): Stufe %5</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n Risiko</numerusform>
            <numerusform>%n Risiken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::app::ShortcutsDialog</name>
    <message>
        <location filename="../../src/app/help/shortcuts_dialog.cpp" line="+112"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
</context>
<context>
    <name>isms::app::SigningKeySection</name>
    <message>
        <location filename="../../src/app/signing/signing_key_section.cpp" line="+22"/>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Create Key…</source>
        <translation>Schlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Public Key…</source>
        <translation>Öffentlichen Schlüssel e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust a Public Key…</source>
        <translation>Öffentlichem Schlüssel &amp;vertrauen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys you trust (their signed audit copies verify):</source>
        <translation>Schlüssel, denen Sie vertrauen (ihre signierten Auditkopien werden verifiziert):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your key: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fingerprint: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;%3</source>
        <translation>Ihr Schlüssel: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fingerabdruck: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected by a passphrase.</source>
        <translation>Durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not protected by a passphrase.</source>
        <translation>Nicht durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace Key…</source>
        <translation>Schlüssel e&amp;rsetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have no signing key yet. With one, the audit copies you export can be signed, so an auditor who trusts your key knows they came from you unchanged.</source>
        <translation>Sie haben noch keinen Signaturschlüssel. Mit einem Schlüssel können die von Ihnen exportierten Auditkopien signiert werden, sodass ein Auditor, der Ihrem Schlüssel vertraut, weiß, dass sie unverändert von Ihnen stammen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Replace Signing Key</source>
        <translation>Signaturschlüssel ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies you signed with your current key will no longer match your key, and whoever trusts it must trust the new one. Replace it?</source>
        <translation>Kopien, die Sie mit Ihrem aktuellen Schlüssel signiert haben, passen dann nicht mehr zu Ihrem Schlüssel, und wer ihm vertraut, muss dem neuen vertrauen. Ersetzen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Create Signing Key</source>
        <translation>Signaturschlüssel erstellen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Your name as signers are shown:</source>
        <translation>Ihr Name, wie Unterzeichner angezeigt werden:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase to protect the key (leave empty for none):</source>
        <translation>Passphrase zum Schutz des Schlüssels (leer lassen für keine):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>Die beiden Passphrasen unterscheiden sich. Es wurde nichts erstellt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Export Public Key</source>
        <translation>Öffentlichen Schlüssel exportieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>my-key.pub</source>
        <translation>mein-schluessel.pub</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Public keys (*.pub)</source>
        <translation>Öffentliche Schlüssel (*.pub)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+7"/>
        <source>Trust a Public Key</source>
        <translation>Öffentlichem Schlüssel vertrauen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Trust the key of %1?

Fingerprint: %2

Trust it only if its owner has read you this fingerprint by another channel (in person, by phone).</source>
        <translation>Dem Schlüssel von %1 vertrauen?

Fingerabdruck: %2

Vertrauen Sie ihm nur, wenn sein Inhaber Ihnen diesen Fingerabdruck auf einem anderen Weg (persönlich, telefonisch) vorgelesen hat.</translation>
    </message>
</context>
<context>
    <name>isms::app::SoaColumns</name>
    <message>
        <location filename="../../src/app/pages/soa/soa_columns.cpp" line="+32"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SoA check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the control is included (ISO/IEC 27001 6.1.3 d): ticked in the record, or following from the risks it treats and the requirements it addresses</source>
        <translation>Warum die Maßnahme aufgenommen ist (ISO/IEC 27001 6.1.3 d): im Eintrag angekreuzt oder abgeleitet aus den Risiken, die sie behandelt, und den Anforderungen, die sie erfüllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is wrong with the control&apos;s entry: undecided, unjustified, or at odds with the risk treatment (the risks and actions involved are named)</source>
        <translation>Was am Eintrag der Maßnahme nicht stimmt: nicht entschieden, nicht begründet oder im Widerspruch zur Risikobehandlung (die betroffenen Risiken und Aktionen werden genannt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk, Legal, Business</source>
        <translation>Risiko, Gesetzlich, Geschäftlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not justified</source>
        <translation>Nicht begründet</translation>
    </message>
</context>
<context>
    <name>isms::app::SoaPage</name>
    <message>
        <location filename="../../src/app/pages/soa/soa_page.cpp" line="+143"/>
        <source>No SoA version approved yet.</source>
        <translation>Noch keine Version der Anwendbarkeitserklärung freigegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An approved SoA version freezes every control&apos;s decision for the audit (ismsctl soa-version).</source>
        <translation>Eine freigegebene Version der Anwendbarkeitserklärung hält die Entscheidung zu jeder Maßnahme für das Audit fest (ismsctl soa-version).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest approved SoA: version %1, %2</source>
        <translation>Zuletzt freigegebene Anwendbarkeitserklärung: Version %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (incomplete)</source>
        <translation> (unvollständig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by %1 on %2</source>
        <translation>Freigegeben von %1 am %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 controls were undecided when it was approved.</source>
        <translation>%1 Maßnahmen waren bei der Freigabe nicht entschieden.</translation>
    </message>
</context>
<context>
    <name>isms::app::SoaSummaryBar</name>
    <message>
        <location filename="../../src/app/pages/soa/soa_summary_bar.cpp" line="+75"/>
        <source>%1 undecided</source>
        <translation>%1 nicht entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 applicable without a reason</source>
        <translation>%1 anwendbar ohne Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 excluded without a justification</source>
        <translation>%1 ausgeschlossen ohne Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 excluded but treating %2</source>
        <translation>%1 ausgeschlossen, behandeln aber %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 excluded but implemented by %2</source>
        <translation>%1 ausgeschlossen, aber umgesetzt durch %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 treating %2 without the risk reason ticked</source>
        <translation>%1 behandeln %2, ohne dass der Grund Risikobehandlung angekreuzt ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 control needs attention</source>
        <translation>1 Maßnahme braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 controls need attention</source>
        <translation>%1 Maßnahmen brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every control is decided and justified, and consistent with the risk treatment.</source>
        <translation>Jede Maßnahme ist entschieden, begründet und stimmt mit der Risikobehandlung überein.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the control that needs attention</source>
        <translation>die Maßnahme, die Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 controls that need attention</source>
        <translation>die %1 Maßnahmen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>controls not decided yet</source>
        <translation>noch nicht entschiedene Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applicable controls without a reason for inclusion</source>
        <translation>anwendbare Maßnahmen ohne Grund für die Aufnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded controls without a justification</source>
        <translation>ausgeschlossene Maßnahmen ohne Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded controls treating %1</source>
        <translation>ausgeschlossene Maßnahmen, die %1 behandeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excluded controls implemented by %1</source>
        <translation>ausgeschlossene Maßnahmen, umgesetzt durch %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>controls treating %1 without the risk reason ticked</source>
        <translation>Maßnahmen, die %1 behandeln, ohne dass der Grund Risikobehandlung angekreuzt ist</translation>
    </message>
</context>
<context>
    <name>isms::app::Translations</name>
    <message>
        <location filename="../../src/app/settings/translations.cpp" line="+44"/>
        <source>Unknown language &quot;%1&quot; for --lang: the window stays in English. Give a language code such as de or en.</source>
        <translation>Unbekannte Sprache „%1“ für --lang: Das Fenster bleibt auf Englisch. Geben Sie einen Sprachcode wie de oder en an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no %1 translation of ISMS Desk yet: the window stays in English.</source>
        <translation>Es gibt noch keine Übersetzung von ISMS Desk für %1: Das Fenster bleibt auf Englisch.</translation>
    </message>
</context>
<context>
    <name>isms::app::VersionController</name>
    <message>
        <location filename="../../src/app/approval/version_controller.cpp" line="+27"/>
        <source>An audit copy cannot be changed: do this in the working file.</source>
        <translation>Eine Auditkopie kann nicht geändert werden: Tun Sie das in der Arbeitsdatei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an ISMS file to approve its SoA.</source>
        <translation>Öffnen Sie eine ISMS-Datei, um ihre Anwendbarkeitserklärung freizugeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was opened read-only: open it normally to approve an SoA version.</source>
        <translation>Diese Datei wurde schreibgeschützt geöffnet: Öffnen Sie sie normal, um eine Version der Anwendbarkeitserklärung freizugeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Freeze the Statement of Applicability as it stands as the next numbered, approved version (ISO/IEC 27001 6.1.3 d); it cannot be taken back</source>
        <translation>Die Anwendbarkeitserklärung, wie sie ist, als nächste nummerierte, freigegebene Version festhalten (ISO/IEC 27001 6.1.3 d); das kann nicht zurückgenommen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open an ISMS file to record a risk assessment.</source>
        <translation>Öffnen Sie eine ISMS-Datei, um eine Risikobeurteilung festzuhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was opened read-only: open it normally to record an assessment run.</source>
        <translation>Diese Datei wurde schreibgeschützt geöffnet: Öffnen Sie sie normal, um einen Durchlauf der Risikobeurteilung festzuhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a dated risk assessment run keeping every risk&apos;s levels and the methodology in force (ISO/IEC 27001 8.2); it cannot be taken back</source>
        <translation>Einen datierten Durchlauf der Risikobeurteilung festhalten, der die Stufen jedes Risikos und die geltende Methodik bewahrt (ISO/IEC 27001 8.2); das kann nicht zurückgenommen werden</translation>
    </message>
</context>
<context>
    <name>isms::app::WelcomeView</name>
    <message>
        <location filename="../../src/app/welcome/welcome_view.cpp" line="+122"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is no longer where it was: it was moved, renamed or deleted, or its drive is not connected.</source>
        <translation>Diese Datei ist nicht mehr dort, wo sie war: Sie wurde verschoben, umbenannt oder gelöscht, oder ihr Laufwerk ist nicht verbunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot be read</source>
        <translation>Kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (audit copy)</source>
        <translation>%1 (Auditkopie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An exported audit copy: it opens read-only.</source>
        <translation>Eine exportierte Auditkopie: Sie öffnet sich schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No changes yet</source>
        <translation>Noch keine Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed by %1</source>
        <translation>Zuletzt geändert von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files you open or create will be listed here.</source>
        <translation>Dateien, die Sie öffnen oder anlegen, werden hier aufgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open. Right-click to open read-only or to remove a file from the list.</source>
        <translation>Doppelklicken oder Eingabetaste drücken zum Öffnen. Rechtsklick zum schreibgeschützten Öffnen oder um eine Datei aus der Liste zu entfernen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move from List</source>
        <translation>Aus Liste ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>isms::cli</name>
    <message>
        <location filename="../../src/cli/verb_assess.cpp" line="+14"/>
        <source>Records a risk assessment run (clause 8.2): a new record in the risk assessments register, dated today, with a snapshot of every risk&apos;s inherent and residual levels and a copy of the risk methodology in force, so the run is still read with its own method after the method changes. Compare two runs with `ismsctl report FILE assessment-compare`.
Exit codes: 0 recorded; 1 the file cannot be opened for editing, or --by names no person; 2 wrong usage: --trigger missing or not planned or change.</source>
        <translation>Zeichnet einen Durchlauf der Risikobeurteilung auf (Abschnitt 8.2): einen neuen, heute datierten Eintrag im Register der Risikobeurteilungen mit einer Momentaufnahme der inhärenten und der Restrisikostufen jedes Risikos und einer Kopie der geltenden Risikomethodik, sodass der Durchlauf auch nach einer Änderung der Methodik mit seiner eigenen Methodik gelesen wird. Zwei Durchläufe vergleicht `ismsctl report FILE assessment-compare`.
Exit-Codes: 0 aufgezeichnet; 1 die Datei kann nicht zum Bearbeiten geöffnet werden, oder --by nennt keine Person; 2 falscher Aufruf: --trigger fehlt oder ist weder planned noch change.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/cli/verb_report.cpp" line="+79"/>
        <location filename="../../src/cli/verb_soa_version.cpp" line="+20"/>
        <source>The .isms file.</source>
        <translation>Die .isms-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planned (the planned interval) or change (a significant change).</source>
        <translation>planned (das geplante Intervall) oder change (eine wesentliche Änderung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note kept with the run.</source>
        <translation>Eine Notiz, die mit dem Durchlauf aufbewahrt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record&apos;s title. Default: &quot;Risk assessment DATE&quot;.</source>
        <translation>Der Titel des Eintrags. Standard: „Risikobeurteilung DATUM“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who performed it: a person&apos;s ref (P-001) from the people register.</source>
        <translation>Wer sie durchgeführt hat: die Referenz einer Person (P-001) aus dem Personenregister.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give --trigger planned (the planned interval) or --trigger change (a significant change).</source>
        <translation>geben Sie --trigger planned (das geplante Intervall) oder --trigger change (eine wesentliche Änderung) an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Risk assessment %1</source>
        <translation>Risikobeurteilung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recorded %1: %2 risks with the methodology in force (%3 x %4).</source>
        <translation>%1 aufgezeichnet: %2 Risiken mit der geltenden Methodik (%3 x %4).</translation>
    </message>
    <message>
        <location filename="../../src/cli/verb_report.cpp" line="-13"/>
        <source>Makes a report from a file: KIND is one of the kinds `ismsctl report --list` shows (soa, risks, treatment, criteria, ...). Without -o the report is printed as text; with -o OUT it is written to OUT in the format --format names, or else the one OUT&apos;s suffix names (.pdf, .xlsx, .odt, .csv, .txt). The kinds that compare (assessment-compare, soa-diff) compare the last two assessment runs or SoA versions, or those --from and --to name. The file is opened read-only and never written to. OUT is written whole or not at all (a temporary file beside it, then renamed).
Exit codes: 0 the report was made; 1 it could not be made or written (the file cannot be read or is damaged, fewer than two runs or versions to compare, --from or --to names none, OUT&apos;s folder is missing or read-only, the disk is full), or OUT exists and --force was not given (&quot;OUT exists: add --force to replace it&quot;; OUT is left untouched); 2 wrong usage: an unknown KIND or format (the valid ones are listed), or a format that cannot be printed without -o.</source>
        <translation>Erstellt einen Bericht aus einer Datei: KIND ist eine der Arten, die `ismsctl report --list` zeigt (soa, risks, treatment, criteria, ...). Ohne -o wird der Bericht als Text ausgegeben; mit -o OUT wird er nach OUT geschrieben, im Format, das --format nennt, sonst in dem, das die Endung von OUT nennt (.pdf, .xlsx, .odt, .csv, .txt). Die vergleichenden Arten (assessment-compare, soa-diff) vergleichen die letzten zwei Beurteilungsdurchläufe oder SoA-Versionen oder die, die --from und --to nennen. Die Datei wird schreibgeschützt geöffnet und nie beschrieben. OUT wird ganz oder gar nicht geschrieben (eine temporäre Datei daneben, dann umbenannt).
Exit-Codes: 0 der Bericht wurde erstellt; 1 er konnte nicht erstellt oder geschrieben werden (die Datei kann nicht gelesen werden oder ist beschädigt, weniger als zwei Durchläufe oder Versionen zum Vergleichen, --from oder --to nennt keine, der Ordner von OUT fehlt oder ist schreibgeschützt, der Datenträger ist voll), oder OUT existiert und --force wurde nicht angegeben („OUT existiert: fügen Sie --force hinzu, um sie zu ersetzen“; OUT bleibt unverändert); 2 falscher Aufruf: eine unbekannte Art oder ein unbekanntes Format (die gültigen werden aufgelistet) oder ein Format, das ohne -o nicht ausgegeben werden kann.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The report kind (see --list).</source>
        <translation>Die Berichtsart (siehe --list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the report kinds and the formats, then stop.</source>
        <translation>Die Berichtsarten und Formate auflisten und dann beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, xlsx, odt, csv or text (see --list). Default: from OUT&apos;s suffix, or text when there is no -o.</source>
        <translation>pdf, xlsx, odt, csv oder text (siehe --list). Standard: aus der Endung von OUT, oder text, wenn kein -o angegeben ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the report to OUT instead of printing it.</source>
        <translation>Den Bericht nach OUT schreiben, statt ihn auszugeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the kinds that compare: the earlier assessment run (its ref, RA-001) or SoA version (its number). Default: the one before the last.</source>
        <translation>Für die vergleichenden Arten: der frühere Beurteilungsdurchlauf (seine Referenz, RA-001) oder die frühere SoA-Version (ihre Nummer). Standard: der oder die vorletzte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For the kinds that compare: the later run or version. Default: the last.</source>
        <translation>Für die vergleichenden Arten: der spätere Durchlauf oder die spätere Version. Standard: der oder die letzte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report kinds (KIND):</source>
        <translation>Berichtsarten (KIND):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formats (--format):</source>
        <translation>Formate (--format):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>`ismsctl report` expects FILE and KIND. Run `ismsctl report --list` for the kinds.</source>
        <translation>`ismsctl report` erwartet FILE und KIND. Führen Sie `ismsctl report --list` aus, um die Berichtsarten zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no report kind &apos;%1&apos;. The kinds are:</source>
        <translation>es gibt keine Berichtsart &apos;%1&apos;. Die Berichtsarten sind:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from and --to are for the kinds that compare (assessment-compare, soa-diff), not %1.</source>
        <translation>--from und --to gelten für die vergleichenden Arten (assessment-compare, soa-diff), nicht für %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no report format &apos;%1&apos;. The formats are:</source>
        <translation>es gibt kein Berichtsformat &apos;%1&apos;. Die Formate sind:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot tell the format from &apos;%1&apos;: give OUT one of these suffixes, or add --format. The formats are:</source>
        <translation>das Format lässt sich aus &apos;%1&apos; nicht ermitteln: Geben Sie OUT eine dieser Endungen oder fügen Sie --format hinzu. Die Formate sind:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the %1 format is written to a file: add -o OUT.</source>
        <translation>das Format %1 wird in eine Datei geschrieben: Fügen Sie -o OUT hinzu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 exists: add --force to replace it. Nothing was written.</source>
        <translation>%1 existiert: Fügen Sie --force hinzu, um die Datei zu ersetzen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/cli/verb_soa_version.cpp" line="-6"/>
        <source>Approves the Statement of Applicability as it stands: freezes the next numbered version with every control&apos;s decision, reasons, justification, implementation status and owner, who approved it, when, and a note. A version approved while controls are still undecided is kept but marked incomplete. Compare two versions with `ismsctl report FILE soa-diff`.
Exit codes: 0 approved (also when incomplete); 1 the file cannot be opened for editing, or --approved-by names no person; 2 wrong usage: --approved-by missing.</source>
        <translation>Gibt die Anwendbarkeitserklärung in ihrem jetzigen Stand frei: friert die nächste nummerierte Version ein, mit Entscheidung, Gründen, Begründung, Umsetzungsstand und Verantwortlichem jeder Maßnahme, wer sie freigegeben hat, wann, und einer Notiz. Eine Version, die freigegeben wird, solange Maßnahmen noch unentschieden sind, wird aufbewahrt, aber als unvollständig markiert. Zwei Versionen vergleicht `ismsctl report FILE soa-diff`.
Exit-Codes: 0 freigegeben (auch wenn unvollständig); 1 die Datei kann nicht zum Bearbeiten geöffnet werden, oder --approved-by nennt keine Person; 2 falscher Aufruf: --approved-by fehlt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who approves: a person&apos;s ref (P-001) from the people register.</source>
        <translation>Wer freigibt: die Referenz einer Person (P-001) aus dem Personenregister.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note kept with the version.</source>
        <translation>Eine Notiz, die mit der Version aufbewahrt wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give --approved-by PERSON-REF: the person of the people register who approves the SoA.</source>
        <translation>geben Sie --approved-by PERSON-REF an: die Person des Personenregisters, die die SoA freigibt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was approved.</source>
        <translation>Es wurde nichts freigegeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Approved SoA version %1 (%2 controls) by %3.</source>
        <translation>SoA-Version %1 (%2 Maßnahmen) freigegeben von %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is marked incomplete: %1 controls are still undecided.</source>
        <translation>Sie ist als unvollständig markiert: %1 Maßnahmen sind noch unentschieden.</translation>
    </message>
    <message>
        <location filename="../../src/cli/verb_set.cpp" line="+42"/>
        <source>Sets fields of one record: REF is the record&apos;s reference in any register (R-003, A.5.15, P-001), each FIELD=VALUE a field&apos;s key or label and its new value as CSV takes it (dates YYYY-MM-DD, choices by key or label, yes/no, a reference by the other record&apos;s ref; an empty VALUE clears the field). The values are checked with the same rules as the window (scales, choices, required fields) and written in one change, logged in the history; if any is refused, nothing is written.
Exit codes: 0 set (or already so); 1 refused: no such record, a value or field that is not valid, an audit copy, or the file cannot be opened for editing; 2 wrong usage: no FIELD=VALUE, or one without &apos;=&apos;.</source>
        <translation>Setzt Felder eines Eintrags: REF ist die Referenz des Eintrags in einem beliebigen Register (R-003, A.5.15, P-001), jedes FIELD=VALUE der Schlüssel oder die Bezeichnung eines Feldes und sein neuer Wert, so wie CSV ihn nimmt (Daten als YYYY-MM-DD, Auswahlwerte per Schlüssel oder Bezeichnung, yes/no, ein Verweis per Referenz des anderen Eintrags; ein leeres VALUE leert das Feld). Die Werte werden mit denselben Regeln wie im Fenster geprüft (Skalen, Auswahlwerte, Pflichtfelder) und in einer Änderung geschrieben, die in der Historie protokolliert wird; wird einer abgelehnt, wird nichts geschrieben.
Exit-Codes: 0 gesetzt (oder schon so); 1 abgelehnt: kein solcher Eintrag, ein ungültiger Wert oder ein ungültiges Feld, eine Auditkopie, oder die Datei kann nicht zum Bearbeiten geöffnet werden; 2 falscher Aufruf: kein FIELD=VALUE oder eines ohne &apos;=&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The .isms file (not an audit copy).</source>
        <translation>Die .isms-Datei (keine Auditkopie).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record&apos;s reference, e.g. R-003.</source>
        <translation>Die Referenz des Eintrags, z. B. R-003.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more fields and their new values.</source>
        <translation>Ein oder mehrere Felder und ihre neuen Werte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register REF is in, when the same ref is used in more than one (`ismsctl registers`).</source>
        <translation>Das Register, in dem REF steht, wenn dieselbe Referenz in mehreren verwendet wird (`ismsctl registers`).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not FIELD=VALUE: give a field and its value, e.g. owner=P-002 (an empty value clears the field, e.g. notes=).</source>
        <translation>„%1“ ist kein FIELD=VALUE: geben Sie ein Feld und seinen Wert an, z. B. owner=P-002 (ein leerer Wert leert das Feld, z. B. notes=).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no record &apos;%1&apos; in %2. `ismsctl list FILE %3` lists them.</source>
        <translation>es gibt keinen Eintrag „%1“ in %2. `ismsctl list FILE %3` listet sie auf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no register holds a record &apos;%1&apos;. `ismsctl list FILE REGISTER` lists a register&apos;s records.</source>
        <translation>kein Register enthält einen Eintrag „%1“. `ismsctl list FILE REGISTER` listet die Einträge eines Registers auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a record of more than one register (%2): say which with --register.</source>
        <translation>„%1“ ist ein Eintrag in mehr als einem Register (%2): geben Sie mit --register an, in welchem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no field &apos;%2&apos;; its fields are %3.</source>
        <translation>%1 hat kein Feld „%2“; seine Felder sind %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is computed from other fields and cannot be set.</source>
        <translation>%1 (%2) wird aus anderen Feldern berechnet und kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2): there is no record &apos;%3&apos; in %4.</source>
        <translation>%1 (%2): es gibt keinen Eintrag „%3“ in %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; was deleted meanwhile.</source>
        <translation>„%1“ wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set %1 of %2.</source>
        <translation>%1 von %2 gesetzt.</translation>
    </message>
</context>
<context>
    <name>isms::domain</name>
    <message>
        <location filename="../../src/domain/catalogue.cpp" line="+68"/>
        <source>Computed from likelihood and impact with the file&apos;s risk matrix.</source>
        <translation>Berechnet aus Eintrittswahrscheinlichkeit und Auswirkung mit der Risikomatrix der Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+16"/>
        <location line="+22"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Streng vertraulich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+213"/>
        <location line="+20"/>
        <location line="+52"/>
        <location line="+16"/>
        <location line="+86"/>
        <location line="+31"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="-418"/>
        <location line="+248"/>
        <location line="+139"/>
        <location line="+94"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="-481"/>
        <location line="+248"/>
        <location line="+53"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+234"/>
        <location line="+14"/>
        <location line="+52"/>
        <location line="+87"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Context issues</source>
        <translation>Interne und externe Themen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <location line="+16"/>
        <location line="+15"/>
        <source>4 Context</source>
        <translation>4 Kontext</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Internal and external issues that affect what the ISMS can achieve (clause 4.1).</source>
        <translation>Interne und externe Themen, die beeinflussen, was das ISMS erreichen kann (Abschnitt 4.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Internal or external</source>
        <translation>Intern oder extern</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political</source>
        <translation>Politisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Economic</source>
        <translation>Wirtschaftlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Sozial</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+186"/>
        <source>Technological</source>
        <translation>Technologisch</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Legal and regulatory</source>
        <translation>Rechtlich und regulatorisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Environmental</source>
        <translation>Umwelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <location line="+18"/>
        <location line="+50"/>
        <location line="+328"/>
        <location line="+36"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="-446"/>
        <location line="+17"/>
        <location line="+119"/>
        <location line="+103"/>
        <location line="+11"/>
        <location line="+133"/>
        <location line="+30"/>
        <location line="+34"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="-446"/>
        <source>Effect on the ISMS</source>
        <translation>Auswirkung auf das ISMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevant to climate change</source>
        <translation>Relevant für den Klimawandel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <location line="+46"/>
        <location line="+66"/>
        <location line="+12"/>
        <location line="+32"/>
        <location line="+39"/>
        <location line="+33"/>
        <location line="+38"/>
        <location line="+65"/>
        <location line="+19"/>
        <location line="+17"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="-447"/>
        <location line="+16"/>
        <location line="+16"/>
        <location line="+55"/>
        <location line="+79"/>
        <location line="+84"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>interested party</source>
        <translation>Interessierte Partei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interested parties</source>
        <translation>Interessierte Parteien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People and organisations with a stake in information security (clause 4.2).</source>
        <translation>Personen und Organisationen, die ein Interesse an der Informationssicherheit haben (Abschnitt 4.2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <location line="+46"/>
        <location line="+111"/>
        <location line="+143"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regulator</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owners and shareholders</source>
        <translation>Eigentümer und Anteilseigner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship owner</source>
        <translation>Beziehungsverantwortlicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requirements of interested parties</source>
        <translation>Anforderungen interessierter Parteien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What interested parties require, where it comes from and how the ISMS addresses it (clause 4.2).</source>
        <translation>Was interessierte Parteien fordern, woher es kommt und wie das ISMS es erfüllt (Abschnitt 4.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interested party</source>
        <translation>Interessierte Partei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+432"/>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location line="-431"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+378"/>
        <location line="+36"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="-413"/>
        <source>Law</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regulation</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Standard</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressed by the ISMS</source>
        <translation>Durch das ISMS erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is addressed</source>
        <translation>Wie sie erfüllt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Climate-change requirement</source>
        <translation>Anforderung zum Klimawandel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scope statement</source>
        <translation>Festlegung des Geltungsbereichs</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+323"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>The boundaries and applicability of the ISMS, one record per version (clause 4.3).</source>
        <translation>Die Grenzen und die Anwendbarkeit des ISMS, ein Eintrag je Fassung (Abschnitt 4.3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+65"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Scope statement</source>
        <translation>Festlegung des Geltungsbereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interfaces and dependencies</source>
        <translation>Schnittstellen und Abhängigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions and their justification</source>
        <translation>Ausschlüsse und ihre Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location line="+32"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+39"/>
        <location line="+79"/>
        <location line="+47"/>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+40"/>
        <location line="+12"/>
        <location line="+21"/>
        <location line="+53"/>
        <location line="+18"/>
        <location line="+14"/>
        <location line="+20"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+8"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-412"/>
        <location line="+39"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/domain/approval_status.cpp" line="+64"/>
        <location filename="../../src/domain/catalogue.cpp" line="-39"/>
        <location line="+40"/>
        <location line="+139"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs re-approval</source>
        <translation>Erneute Freigabe nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not approved</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The approval needs a rationale: say why the residual risk is acceptable to its owner.</source>
        <translation>Die Freigabe braucht eine Begründung: sagen Sie, warum das Restrisiko für seinen Verantwortlichen akzeptabel ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expiry date %1 has passed: give a date from today on, or none.</source>
        <translation>Das Ablaufdatum %1 ist verstrichen: geben Sie ein Datum ab heute an oder keines.</translation>
    </message>
    <message>
        <location filename="../../src/domain/catalogue.cpp" line="-178"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <location line="+234"/>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <location line="-301"/>
        <location line="+34"/>
        <location line="+268"/>
        <source>Approval date</source>
        <translation>Freigabedatum</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <location line="+55"/>
        <location line="+55"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+37"/>
        <source>5 Leadership</source>
        <translation>5 Führung</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Everyone who owns, approves or performs something in the ISMS (clause 5.3).</source>
        <translation>Alle, die im ISMS etwas verantworten, freigeben oder ausführen (Abschnitt 5.3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+231"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles and responsibilities</source>
        <translation>Rollen und Verantwortlichkeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information security roles, who holds them and what they may decide (clause 5.3).</source>
        <translation>Rollen der Informationssicherheit, wer sie innehat und was sie entscheiden dürfen (Abschnitt 5.3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+182"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Held by</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibilities</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities</source>
        <translation>Befugnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to role</source>
        <translation>Berichtet an Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documented information</source>
        <translation>Dokumentierte Information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies, procedures and records the ISMS keeps under control (clauses 5.2 and 7.5).</source>
        <translation>Leitlinien, Verfahren und Aufzeichnungen, die das ISMS lenkt (Abschnitte 5.2 und 7.5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+124"/>
        <source>Policy</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guideline</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approver</source>
        <translation>Freigebender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Außer Kraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+43"/>
        <source>Location</source>
        <translation>Ablageort</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Communicated to</source>
        <translation>Bekannt gegeben an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory information it provides</source>
        <translation>Verpflichtende Information, die es liefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISMS scope (4.3)</source>
        <translation>Geltungsbereich des ISMS (4.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information security policy (5.2)</source>
        <translation>Informationssicherheitsleitlinie (5.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessment process (6.1.2)</source>
        <translation>Prozess zur Risikobeurteilung (6.1.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk treatment process (6.1.3)</source>
        <translation>Prozess zur Risikobehandlung (6.1.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/domain/readiness.cpp" line="+280"/>
        <source>Statement of Applicability (6.1.3 d)</source>
        <translation>Anwendbarkeitserklärung (6.1.3 d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information security objectives (6.2)</source>
        <translation>Informationssicherheitsziele (6.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence of competence (7.2)</source>
        <translation>Nachweis der Kompetenz (7.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational planning and control (8.1)</source>
        <translation>Betriebliche Planung und Steuerung (8.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessment results (8.2)</source>
        <translation>Ergebnisse der Risikobeurteilung (8.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk treatment results (8.3)</source>
        <translation>Ergebnisse der Risikobehandlung (8.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring and measurement results (9.1)</source>
        <translation>Ergebnisse der Überwachung und Messung (9.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit programme and results (9.2)</source>
        <translation>Auditprogramm und Auditergebnisse (9.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management review results (9.3)</source>
        <translation>Ergebnisse der Managementbewertung (9.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonconformities and corrective actions (10.2)</source>
        <translation>Nichtkonformitäten und Korrekturmaßnahmen (10.2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>document version</source>
        <translation>Dokumentversion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document versions</source>
        <translation>Dokumentversionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version history of each controlled document (clause 7.5.2).</source>
        <translation>Die Versionshistorie jedes gelenkten Dokuments (Abschnitt 7.5.2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+147"/>
        <location line="+15"/>
        <location line="+22"/>
        <location line="+40"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A.5.9</source>
        <translation>A.5.9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information and the things that hold or process it, with an owner (control A.5.9).</source>
        <translation>Informationen und was sie enthält oder verarbeitet, mit einem Verantwortlichen (Maßnahme A.5.9).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confidentiality value</source>
        <translation>Schutzbedarf Vertraulichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity value</source>
        <translation>Schutzbedarf Integrität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability value</source>
        <translation>Schutzbedarf Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risks and opportunities</source>
        <translation>Risiken und Chancen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+22"/>
        <location line="+20"/>
        <source>6 Planning</source>
        <translation>6 Planung</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Information security risks and opportunities, assessed with the file&apos;s own methodology (clauses 6.1 and 8.2).</source>
        <translation>Informationssicherheitsrisiken und -chancen, beurteilt mit der eigenen Methodik der Datei (Abschnitte 6.1 und 8.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk or opportunity</source>
        <translation>Risiko oder Chance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+236"/>
        <location line="+61"/>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consequence</source>
        <translation>Folge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affects confidentiality</source>
        <translation>Betrifft Vertraulichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affects integrity</source>
        <translation>Betrifft Integrität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affects availability</source>
        <translation>Betrifft Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk owner</source>
        <translation>Risikoeigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inherent likelihood</source>
        <translation>Inhärente Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inherent impact</source>
        <translation>Inhärente Auswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inherent level</source>
        <translation>Inhärente Risikostufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing controls</source>
        <translation>Bestehende Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modify</source>
        <translation>Mindern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retain</source>
        <translation>Tragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual likelihood</source>
        <translation>Eintrittswahrscheinlichkeit (Restrisiko)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual impact</source>
        <translation>Auswirkung (Restrisiko)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual level</source>
        <translation>Restrisikostufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual risk accepted by</source>
        <translation>Restrisiko akzeptiert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted on</source>
        <translation>Akzeptiert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for acceptance</source>
        <translation>Grund der Akzeptanz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessed</source>
        <translation>Beurteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In treatment</source>
        <translation>In Behandlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+281"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+216"/>
        <location line="+36"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+133"/>
        <location line="+160"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/domain/readiness.cpp" line="-30"/>
        <source>Statement of Applicability</source>
        <translation>Anwendbarkeitserklärung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every Annex A control and each custom control, with the decision to apply it and why (clause 6.1.3 d).</source>
        <translation>Jede Maßnahme aus Anhang A und jede eigene Maßnahme, mit der Entscheidung über ihre Anwendung und deren Begründung (Abschnitt 6.1.3 d).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical</source>
        <translation>Physisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Applicable</source>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: risk treatment</source>
        <translation>Grund: Risikobehandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: legal or regulatory</source>
        <translation>Grund: gesetzlich oder regulatorisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: contractual</source>
        <translation>Grund: vertraglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: business requirement</source>
        <translation>Grund: geschäftliche Anforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Partially implemented</source>
        <translation>Teilweise umgesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How it is implemented</source>
        <translation>Wie sie umgesetzt ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measurable information security objectives and the plan to achieve them (clause 6.2).</source>
        <translation>Messbare Informationssicherheitsziele und die Planung zu ihrer Erreichung (Abschnitt 6.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+123"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <location line="+9"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+103"/>
        <location line="+122"/>
        <location line="+17"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>How results are evaluated</source>
        <translation>Wie die Ergebnisse bewertet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned actions</source>
        <translation>Geplante Maßnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planned change</source>
        <translation>Geplante Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes to the ISMS, planned with their purpose and consequences (clause 6.3).</source>
        <translation>Änderungen am ISMS, geplant mit ihrem Zweck und ihren Folgen (Abschnitt 6.3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential consequences</source>
        <translation>Mögliche Folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+103"/>
        <location line="+136"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+139"/>
        <location line="+27"/>
        <source>Planned for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+221"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>7 Support</source>
        <translation>7 Unterstützung</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The people, budget and tools the ISMS needs (clause 7.1).</source>
        <translation>Die Personen, das Budget und die Werkzeuge, die das ISMS benötigt (Abschnitt 7.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External services</source>
        <translation>Externe Dienstleistungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>competence</source>
        <translation>Kompetenzanforderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Competence requirements</source>
        <translation>Kompetenzanforderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The competence each role needs and how it is acquired (clause 7.2).</source>
        <translation>Die Kompetenz, die jede Rolle benötigt, und wie sie erworben wird (Abschnitt 7.2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Competence</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Acquired by</source>
        <translation>Erworben durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training record</source>
        <translation>Schulungsnachweis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training records</source>
        <translation>Schulungsnachweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training and qualifications, with evidence, that show people are competent (clause 7.2).</source>
        <translation>Schulungen und Qualifikationen mit Nachweisen, die die Kompetenz der Personen belegen (Abschnitt 7.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <location line="+67"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>awareness campaign</source>
        <translation>Sensibilisierungskampagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awareness</source>
        <translation>Bewusstsein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaigns that make people aware of the policy and their part in it (clause 7.3).</source>
        <translation>Kampagnen, die die Leitlinie und den eigenen Beitrag dazu bewusst machen (Abschnitt 7.3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Botschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is communicated, when, with whom, how and by whom (clause 7.4).</source>
        <translation>Was, wann, mit wem, wie und durch wen kommuniziert wird (Abschnitt 7.4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who communicates</source>
        <translation>Wer kommuniziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next occurrence</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>risk assessment</source>
        <translation>Risikobeurteilung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk assessments</source>
        <translation>Risikobeurteilungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>8 Operation</source>
        <translation>8 Betrieb</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Dated risk assessments, each keeping a snapshot of every risk&apos;s levels (clause 8.2).</source>
        <translation>Datierte Risikobeurteilungen, jede mit einer Momentaufnahme der Stufen aller Risiken (Abschnitt 8.2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial assessment</source>
        <translation>Erstbeurteilung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned interval</source>
        <translation>Geplantes Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant change</source>
        <translation>Wesentliche Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performed by</source>
        <translation>Durchgeführt von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>treatment action</source>
        <translation>Behandlungsmaßnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk treatment plan</source>
        <translation>Risikobehandlungsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The actions that implement risk treatment, with owners and due dates (clauses 6.1.3 and 8.3).</source>
        <translation>Die Maßnahmen, mit denen die Risikobehandlung umgesetzt wird, mit Verantwortlichen und Fälligkeitsterminen (Abschnitte 6.1.3 und 8.3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Completion (%)</source>
        <translation>Fertigstellung (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Completed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>9 Performance</source>
        <translation>9 Bewertung der Leistung</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>What is monitored and measured, how, how often and by whom (clause 9.1).</source>
        <translation>Was überwacht und gemessen wird, wie, wie oft und von wem (Abschnitt 9.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is measured</source>
        <translation>Was gemessen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-yearly</source>
        <translation>Halbjährlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Better when</source>
        <translation>Besser, wenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher</source>
        <translation>Höher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower</source>
        <translation>Niedriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next measurement due</source>
        <translation>Nächste Messung fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dated measurements of each metric: its trend (clause 9.1).</source>
        <translation>Datierte Messungen jeder Kennzahl: ihr Verlauf (Abschnitt 9.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit programme</source>
        <translation>Auditprogramm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit programme</source>
        <translation>Auditprogramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme of internal audits for a period (clause 9.2.2).</source>
        <translation>Das Programm der internen Audits für einen Zeitraum (Abschnitt 9.2.2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope and frequency</source>
        <translation>Umfang und Häufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal audits</source>
        <translation>Interne Audits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal audits with their scope, criteria, auditors and report (clause 9.2).</source>
        <translation>Interne Audits mit Umfang, Kriterien, Auditoren und Bericht (Abschnitt 9.2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+32"/>
        <location line="+36"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead auditor</source>
        <translation>Leitender Auditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner of the audited area</source>
        <translation>Verantwortlicher des auditierten Bereichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion</source>
        <translation>Fazit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit findings</source>
        <translation>Auditfeststellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What audits found: nonconformities, observations and opportunities (clause 9.2).</source>
        <translation>Was Audits festgestellt haben: Nichtkonformitäten, Beobachtungen und Verbesserungspotenziale (Abschnitt 9.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Major nonconformity</source>
        <translation>Hauptabweichung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minor nonconformity</source>
        <translation>Nebenabweichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Clause or control</source>
        <translation>Abschnitt oder Maßnahme</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+35"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>management review</source>
        <translation>Managementbewertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Management reviews</source>
        <translation>Managementbewertungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top management&apos;s reviews of the ISMS, their inputs, decisions and actions (clause 9.3).</source>
        <translation>Bewertungen des ISMS durch die oberste Leitung, ihre Eingaben, Entscheidungen und Maßnahmen (Abschnitt 9.3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs (9.3.2)</source>
        <translation>Eingaben (9.3.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nonconformities</source>
        <translation>Nichtkonformitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+10"/>
        <source>10 Improvement</source>
        <translation>10 Verbesserung</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Nonconformities, their correction, root cause and the check that corrective action worked (clause 10.2).</source>
        <translation>Nichtkonformitäten, ihre Korrektur, die Ursache und die Prüfung, ob die Korrekturmaßnahme gewirkt hat (Abschnitt 10.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+37"/>
        <source>Incident</source>
        <translation>Sicherheitsvorfall</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Management review</source>
        <translation>Managementbewertung</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Raised on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar cases</source>
        <translation>Ähnliche Fälle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correcting</source>
        <translation>In Korrektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking effectiveness</source>
        <translation>Wirksamkeitsprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effectiveness check due</source>
        <translation>Wirksamkeitsprüfung fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effectiveness checked on</source>
        <translation>Wirksamkeit geprüft am</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not effective</source>
        <translation>Nicht wirksam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions that remove the cause of a nonconformity (clause 10.2).</source>
        <translation>Maßnahmen, die die Ursache einer Nichtkonformität beseitigen (Abschnitt 10.2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Improvements</source>
        <translation>Verbesserungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities to improve the ISMS and what was decided about them (clause 10.1).</source>
        <translation>Möglichkeiten, das ISMS zu verbessern, und was darüber entschieden wurde (Abschnitt 10.1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requirement checklist</source>
        <translation>Anforderungs-Checkliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4-10</source>
        <translation>4-10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every requirement of clauses 4 to 10, its status and the records that evidence it.</source>
        <translation>Jede Anforderung der Kapitel 4 bis 10, ihr Status und die Einträge, die sie nachweisen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it asks for</source>
        <translation>Was sie fordert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gives rise to risk</source>
        <translation>Führt zu Risiko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arises from issue</source>
        <translation>Ergibt sich aus Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed by control</source>
        <translation>Erfüllt durch Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Addresses requirement</source>
        <translation>Erfüllt Anforderung</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Addressed by document</source>
        <translation>Erfüllt durch Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affects asset</source>
        <translation>Betrifft Asset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At risk from</source>
        <translation>Gefährdet durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treated by control</source>
        <translation>Behandelt durch Maßnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Treats risk</source>
        <translation>Behandelt Risiko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Treatment action</source>
        <translation>Behandlungsmaßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implements control</source>
        <translation>Setzt Maßnahme um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implemented by action</source>
        <translation>Umgesetzt durch Behandlungsmaßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented in</source>
        <translation>Dokumentiert in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents control</source>
        <translation>Dokumentiert Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured by</source>
        <translation>Gemessen durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures objective</source>
        <translation>Misst Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit team member</source>
        <translation>Mitglied des Auditteams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audits</source>
        <translation>Auditiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised nonconformity</source>
        <translation>Ergab Nichtkonformität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised by finding</source>
        <translation>Ergab sich aus Feststellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns risk</source>
        <translation>Betrifft Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Nonconformity about it</source>
        <translation>Nichtkonformität dazu</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Concerns control</source>
        <translation>Betrifft Maßnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidenced by document</source>
        <translation>Nachgewiesen durch Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidences corrective action</source>
        <translation>Weist Korrekturmaßnahme nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided improvement</source>
        <translation>Beschlossene Verbesserung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided at review</source>
        <translation>Beschlossen in Managementbewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidenced by</source>
        <translation>Nachgewiesen durch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidences requirement</source>
        <translation>Weist Anforderung nach</translation>
    </message>
    <message>
        <location filename="../../src/domain/overdue.cpp" line="+41"/>
        <source>%1 was due on %2 (1 day overdue).</source>
        <translation>%1 war am %2 fällig (1 Tag überfällig).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was due on %2 (%3 days overdue).</source>
        <translation>%1 war am %2 fällig (%3 Tage überfällig).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is due today (%2).</source>
        <translation>%1 ist heute fällig (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is due in 1 day (%2).</source>
        <translation>%1 ist in 1 Tag fällig (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is due in %3 days (%2).</source>
        <translation>%1 ist in %3 Tagen fällig (%2).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Review of the document</source>
        <translation>Die Überprüfung des Dokuments</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The planned audit</source>
        <translation>Das geplante Audit</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The next management review (%1 months after the last one, held on %2)</source>
        <translation>Die nächste Managementbewertung (%1 Monate nach der letzten vom %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first management review, never held yet,</source>
        <translation>Die erste Managementbewertung, noch nie durchgeführt,</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Closed without checking that the corrective action was effective: check it and record the result.</source>
        <translation>Geschlossen, ohne zu prüfen, ob die Korrekturmaßnahme wirksam war: Prüfen Sie dies und erfassen Sie das Ergebnis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The effectiveness check of the corrective action</source>
        <translation>Die Wirksamkeitsprüfung der Korrekturmaßnahme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The objective</source>
        <translation>Das Ziel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Expired on %1 (1 day ago): renew it.</source>
        <translation>Abgelaufen am %1 (vor 1 Tag): Erneuern Sie den Nachweis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired on %1 (%2 days ago): renew it.</source>
        <translation>Abgelaufen am %1 (vor %2 Tagen): Erneuern Sie den Nachweis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires today (%1).</source>
        <translation>Läuft heute ab (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires in 1 day (%1).</source>
        <translation>Läuft in 1 Tag ab (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires in %2 days (%1).</source>
        <translation>Läuft in %2 Tagen ab (%1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The treatment action</source>
        <translation>Die Behandlungsmaßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The corrective action</source>
        <translation>Die Korrekturmaßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The improvement</source>
        <translation>Die Verbesserung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review of the risk</source>
        <translation>Die Überprüfung des Risikos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review of the issue</source>
        <translation>Die Überprüfung des Themas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review of the interested party</source>
        <translation>Die Überprüfung der interessierten Partei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review of the requirement</source>
        <translation>Die Überprüfung der Anforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review of the competence requirement</source>
        <translation>Die Überprüfung der Kompetenzanforderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next measurement</source>
        <translation>Die nächste Messung</translation>
    </message>
    <message>
        <location filename="../../src/domain/readiness.cpp" line="-76"/>
        <source>Approve a document that provides the %1 (set its &quot;Mandatory information&quot; to it).</source>
        <translation>Geben Sie ein Dokument frei, das %1 liefert (setzen Sie sein Feld „Verpflichtende Information“ darauf).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ISMS scope</source>
        <translation>Geltungsbereich des ISMS</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approve a scope statement (clause 4.3).</source>
        <translation>Geben Sie eine Festlegung des Geltungsbereichs frei (Abschnitt 4.3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information security policy</source>
        <translation>Informationssicherheitsleitlinie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve the information security policy (a document of type policy).</source>
        <translation>Geben Sie die Informationssicherheitsleitlinie frei (ein Dokument vom Typ „Leitlinie“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risk assessment process</source>
        <translation>Prozess zur Risikobeurteilung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Complete the risk methodology: %1</source>
        <translation>Vervollständigen Sie die Risikomethodik: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the risk acceptance criteria in the methodology.</source>
        <translation>Beschreiben Sie die Risikoakzeptanzkriterien in der Methodik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>risk assessment process (6.1.2)</source>
        <translation>den Prozess zur Risikobeurteilung (6.1.2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risk treatment process</source>
        <translation>Prozess zur Risikobehandlung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>risk treatment process (6.1.3)</source>
        <translation>den Prozess zur Risikobehandlung (6.1.3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list the 1 missing Annex A control</source>
        <translation>die 1 fehlende Maßnahme aus Anhang A aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the %1 missing Annex A controls</source>
        <translation>die %1 fehlenden Maßnahmen aus Anhang A aufnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 control needs a decision or justification</source>
        <translation>1 Maßnahme braucht eine Entscheidung oder Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 controls need a decision or justification</source>
        <translation>%1 Maßnahmen brauchen eine Entscheidung oder Begründung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete the SoA.</source>
        <translation>Vervollständigen Sie die Anwendbarkeitserklärung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the SoA: %1; %2.</source>
        <translation>Vervollständigen Sie die Anwendbarkeitserklärung: %1; %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the SoA: %1.</source>
        <translation>Vervollständigen Sie die Anwendbarkeitserklärung: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve 1 inconsistency between the SoA and the risk treatment.</source>
        <translation>Lösen Sie 1 Widerspruch zwischen der Anwendbarkeitserklärung und der Risikobehandlung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve %1 inconsistencies between the SoA and the risk treatment.</source>
        <translation>Lösen Sie %1 Widersprüche zwischen der Anwendbarkeitserklärung und der Risikobehandlung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Information security objectives</source>
        <translation>Informationssicherheitsziele</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set measurable information security objectives (6.2).</source>
        <translation>Legen Sie messbare Informationssicherheitsziele fest (6.2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give %1 a measure or target, an owner and a due date.</source>
        <translation>Geben Sie %1 eine Messgröße oder einen Zielwert, einen Verantwortlichen und einen Fälligkeitstermin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence of competence</source>
        <translation>Nachweis der Kompetenz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Determine the competence each role needs (competence requirements).</source>
        <translation>Bestimmen Sie die Kompetenz, die jede Rolle benötigt (Kompetenzanforderungen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record completed training or qualifications as evidence of competence.</source>
        <translation>Erfassen Sie abgeschlossene Schulungen oder Qualifikationen als Nachweis der Kompetenz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Operational planning and control</source>
        <translation>Betriebliche Planung und Steuerung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>operational planning and control records (8.1)</source>
        <translation>Aufzeichnungen zur betrieblichen Planung und Steuerung (8.1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risk assessment results</source>
        <translation>Ergebnisse der Risikobeurteilung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record a dated risk assessment (8.2).</source>
        <translation>Erfassen Sie eine datierte Risikobeurteilung (8.2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Identify and assess the information security risks.</source>
        <translation>Identifizieren und beurteilen Sie die Informationssicherheitsrisiken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assess %1.</source>
        <translation>Beurteilen Sie %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest risk assessment (%1) is older than the %2-month interval: assess the risks again.</source>
        <translation>Die letzte Risikobeurteilung (%1) ist älter als das Intervall von %2 Monaten: Beurteilen Sie die Risiken erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Risk treatment results</source>
        <translation>Ergebnisse der Risikobehandlung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complete treatment actions and record their evidence (8.3).</source>
        <translation>Schließen Sie Behandlungsmaßnahmen ab und erfassen Sie ihre Nachweise (8.3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 risk is above the acceptance threshold without an acceptance.</source>
        <translation>1 Risiko liegt ohne Akzeptanz über der Akzeptanzschwelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 risks are above the acceptance threshold without an acceptance.</source>
        <translation>%1 Risiken liegen ohne Akzeptanz über der Akzeptanzschwelle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Monitoring and measurement results</source>
        <translation>Ergebnisse der Überwachung und Messung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Define what is monitored and measured (metrics).</source>
        <translation>Legen Sie fest, was überwacht und gemessen wird (Kennzahlen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record measurements of %1.</source>
        <translation>Erfassen Sie Messungen zu %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit programme and results</source>
        <translation>Auditprogramm und Auditergebnisse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plan an internal audit programme (9.2.2).</source>
        <translation>Planen Sie ein internes Auditprogramm (9.2.2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete at least one internal audit and record its report.</source>
        <translation>Führen Sie mindestens ein internes Audit durch und erfassen Sie seinen Bericht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make %1 impartial: an auditor owns the audited area.</source>
        <translation>Stellen Sie die Unparteilichkeit von %1 her: Ein Auditor verantwortet den auditierten Bereich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Management review results</source>
        <translation>Ergebnisse der Managementbewertung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hold a management review (9.3) and mark it held.</source>
        <translation>Führen Sie eine Managementbewertung durch (9.3) und markieren Sie sie als durchgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the decisions of the latest management review.</source>
        <translation>Erfassen Sie die Entscheidungen der letzten Managementbewertung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nonconformities and corrective actions</source>
        <translation>Nichtkonformitäten und Korrekturmaßnahmen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Record nonconformities and corrective actions, or, if there were none, mark checklist entry 10.2 met.</source>
        <translation>Erfassen Sie Nichtkonformitäten und Korrekturmaßnahmen oder markieren Sie, falls es keine gab, den Checklisteneintrag 10.2 als erfüllt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the effectiveness of the corrective action for %1 (closed without a check).</source>
        <translation>Prüfen Sie die Wirksamkeit der Korrekturmaßnahme zu %1 (ohne Prüfung geschlossen).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Context of the organization</source>
        <translation>Kontext der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leadership</source>
        <translation>Führung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance evaluation</source>
        <translation>Bewertung der Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 is in progress.</source>
        <translation>%1 ist in Bearbeitung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not started.</source>
        <translation>%1 ist nicht begonnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checklist has no entries for clause %1.</source>
        <translation>Die Checkliste hat keine Einträge für Abschnitt %1.</translation>
    </message>
    <message>
        <location filename="../../src/domain/risk_flags.cpp" line="+100"/>
        <source>The inherent likelihood or impact is outside the current scales (%1 x %2): assess the risk again on the current scales.</source>
        <translation>Die inhärente Eintrittswahrscheinlichkeit oder Auswirkung liegt außerhalb der aktuellen Skalen (%1 x %2): Beurteilen Sie das Risiko auf den aktuellen Skalen neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The residual likelihood or impact is outside the current scales (%1 x %2): assess the risk again on the current scales.</source>
        <translation>Die Eintrittswahrscheinlichkeit oder Auswirkung des Restrisikos liegt außerhalb der aktuellen Skalen (%1 x %2): Beurteilen Sie das Risiko auf den aktuellen Skalen neu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not assessed: give it an inherent likelihood and impact.</source>
        <translation>Nicht beurteilt: Geben Sie eine inhärente Eintrittswahrscheinlichkeit und Auswirkung an.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no acceptance is recorded</source>
        <translation>keine Akzeptanz ist erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the acceptance does not say who accepted it</source>
        <translation>die Akzeptanz nennt nicht, wer akzeptiert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the acceptance has no date</source>
        <translation>die Akzeptanz hat kein Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retained although its inherent level %1 is above the acceptance threshold %2, and %3: record who accepted it and when, or treat it.</source>
        <translation>Getragen, obwohl die inhärente Risikostufe %1 über der Akzeptanzschwelle %2 liegt, und %3: Erfassen Sie, wer es wann akzeptiert hat, oder behandeln Sie es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retained although its residual level %1 is above the acceptance threshold %2, and %3: record who accepted it and when, or treat it.</source>
        <translation>Getragen, obwohl die Restrisikostufe %1 über der Akzeptanzschwelle %2 liegt, und %3: Erfassen Sie, wer es wann akzeptiert hat, oder behandeln Sie es.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The inherent level %1 is above the acceptance threshold %2 and %3: treat it further or record its acceptance.</source>
        <translation>Die inhärente Risikostufe %1 liegt über der Akzeptanzschwelle %2, und %3: Behandeln Sie es weiter oder erfassen Sie seine Akzeptanz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The residual level %1 is above the acceptance threshold %2 and %3: treat it further or record its acceptance.</source>
        <translation>Die Restrisikostufe %1 liegt über der Akzeptanzschwelle %2, und %3: Behandeln Sie es weiter oder erfassen Sie seine Akzeptanz.</translation>
    </message>
    <message>
        <location filename="../../src/domain/soa_rules.cpp" line="+115"/>
        <source>Applicable but no reason for inclusion: tick risk treatment, legal, contractual or business.</source>
        <translation>Anwendbar, aber ohne Grund für die Aufnahme: Kreuzen Sie Risikobehandlung, gesetzlich, vertraglich oder geschäftlich an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excluded without a justification: say why it is not applicable.</source>
        <translation>Ausgeschlossen ohne Begründung: Geben Sie an, warum sie nicht anwendbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision yet: mark it applicable or not, and justify the decision.</source>
        <translation>Noch keine Entscheidung: Markieren Sie sie als anwendbar oder nicht und begründen Sie die Entscheidung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annex A controls</source>
        <translation>Maßnahmen aus Anhang A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SoA lists %1 of the %2 Annex A controls: every Annex A control needs a decision, even when excluded.</source>
        <translation>Die Anwendbarkeitserklärung führt %1 der %2 Maßnahmen aus Anhang A: Jede Maßnahme aus Anhang A braucht eine Entscheidung, auch wenn sie ausgeschlossen wird.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Excluded in the SoA but chosen to treat risk %1: include the control or unlink it from the risk.</source>
        <translation>In der Anwendbarkeitserklärung ausgeschlossen, aber zur Behandlung von Risiko %1 gewählt: Nehmen Sie die Maßnahme auf oder lösen Sie ihre Verknüpfung mit dem Risiko.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded in the SoA but chosen to treat risks %1: include the control or unlink it from the risk.</source>
        <translation>In der Anwendbarkeitserklärung ausgeschlossen, aber zur Behandlung der Risiken %1 gewählt: Nehmen Sie die Maßnahme auf oder lösen Sie ihre Verknüpfung mit den Risiken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excluded in the SoA but implemented by treatment action %1: include the control or unlink the action.</source>
        <translation>In der Anwendbarkeitserklärung ausgeschlossen, aber durch die Behandlungsmaßnahme %1 umgesetzt: Nehmen Sie die Maßnahme auf oder lösen Sie die Verknüpfung mit der Behandlungsmaßnahme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded in the SoA but implemented by treatment actions %1: include the control or unlink the action.</source>
        <translation>In der Anwendbarkeitserklärung ausgeschlossen, aber durch die Behandlungsmaßnahmen %1 umgesetzt: Nehmen Sie die Maßnahme auf oder lösen Sie die Verknüpfung mit den Behandlungsmaßnahmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chosen to treat %1 but &quot;risk treatment&quot; is not among its reasons: add &apos;risk treatment&apos; as a reason.</source>
        <translation>Zur Behandlung von %1 gewählt, aber „Risikobehandlung“ ist nicht unter ihren Gründen: Fügen Sie „Risikobehandlung“ als Grund hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/domain/treatment_progress.cpp" line="+103"/>
        <source>Every treatment action is done (the last on %1), but the residual likelihood and impact were not assessed since: assess them again to show the treatment&apos;s effect.</source>
        <translation>Jede Behandlungsmaßnahme ist erledigt (die letzte am %1), aber Eintrittswahrscheinlichkeit und Auswirkung des Restrisikos wurden seitdem nicht beurteilt: beurteilen Sie sie erneut, um die Wirkung der Behandlung zu zeigen.</translation>
    </message>
</context>
<context>
    <name>isms::reports</name>
    <message>
        <location filename="../../src/reports/builders/readiness_report.cpp" line="+65"/>
        <source>… and %1 more, in the registers marked in the navigation</source>
        <translation>… und %1 weitere, in den in der Navigation markierten Registern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Never done</source>
        <translation>Nie durchgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in %1 days</source>
        <translation>In %1 Tagen fällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+89"/>
        <location line="+51"/>
        <location line="+25"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+89"/>
        <location line="+51"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✔ Present</source>
        <translation>✔ Vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◐ Partial</source>
        <translation>◐ Teilweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Missing</source>
        <translation>✖ Fehlt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+195"/>
        <source>Audit readiness</source>
        <translation>Auditbereitschaft</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready for the certification audit.</source>
        <translation>Bereit für das Zertifizierungsaudit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet ready for the certification audit.</source>
        <translation>Noch nicht bereit für das Zertifizierungsaudit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements met</source>
        <translation>Erfüllte Anforderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>Mandatory documented information</source>
        <translation>Verpflichtende dokumentierte Information</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>%1 of %2 present</source>
        <translation>%1 von %2 vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in the next %1 days</source>
        <translation>Fällig in den nächsten %1 Tagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue (%1)</source>
        <translation>Überfällig (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due in the next %1 days (%2)</source>
        <translation>Fällig in den nächsten %1 Tagen (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Treated but not re-assessed (%1)</source>
        <translation>Behandelt, aber nicht erneut beurteilt (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Risk heat map</source>
        <translation>Risiko-Heatmap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inherent · %1</source>
        <translation>Inhärent · %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>1 risk</source>
        <translation>1 Risiko</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>%1 risks</source>
        <translation>%1 Risiken</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Residual · %1</source>
        <translation>Restrisiko · %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open risks</source>
        <translation>Offene Risiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a residual assessment</source>
        <translation>Ohne Bewertung des Restrisikos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Above the acceptance level %1 without acceptance</source>
        <translation>Über der Akzeptanzschwelle %1 ohne Akzeptanz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved by their owner</source>
        <translation>Von ihrem Verantwortlichen freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs re-approval</source>
        <translation>Erneute Freigabe nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval expired</source>
        <translation>Freigabe abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not approved</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment actions done</source>
        <translation>Erledigte Behandlungsmaßnahmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 (%3% complete)</source>
        <translation>%1 von %2 (%3 % erledigt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Treated but not re-assessed</source>
        <translation>Behandelt, aber nicht erneut beurteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Risks needing attention (%1)</source>
        <translation>Risiken mit Handlungsbedarf (%1)</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit readiness by clause</source>
        <translation>Auditbereitschaft nach Kapitel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirements met per clause</source>
        <translation>Erfüllte Anforderungen je Kapitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>% met</source>
        <translation>% erfüllt</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+5"/>
        <location line="+29"/>
        <source>Clause</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found, or still to do</source>
        <translation>Festgestellt oder noch zu erledigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept in</source>
        <translation>Geführt in</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Statement of Applicability</source>
        <translation>Anwendbarkeitserklärung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 applicable · %2 not applicable · %3 not decided</source>
        <translation>%1 anwendbar · %2 nicht anwendbar · %3 nicht entschieden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided and justified</source>
        <translation>Entschieden und begründet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 controls</source>
        <translation>%1 von %2 Maßnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Complete: every control has a decision and a justification.</source>
        <translation>✔ Vollständig: Jede Maßnahme hat eine Entscheidung und eine Begründung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not complete: 1 control still needs a decision or a justification.</source>
        <translation>Nicht vollständig: 1 Maßnahme braucht noch eine Entscheidung oder eine Begründung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not complete: %1 controls still need a decision or a justification.</source>
        <translation>Nicht vollständig: %1 Maßnahmen brauchen noch eine Entscheidung oder eine Begründung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inconsistencies with risk treatment (%1)</source>
        <translation>Widersprüche zur Risikobehandlung (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inconsistency</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ISO/IEC 27001:2022 clauses 4 to 10 and Annex A</source>
        <translation>ISO/IEC 27001:2022 Kapitel 4 bis 10 und Anhang A</translation>
    </message>
    <message>
        <location filename="../../src/reports/report_file.cpp" line="+18"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 already exists. Choose another name, or confirm that it may be replaced (--force on the command line).</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder bestätigen Sie, dass die Datei ersetzt werden darf (--force in der Befehlszeile).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The folder %1 does not exist. Choose an existing folder for the report.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner für den Bericht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a folder. Choose a folder for the report.</source>
        <translation>%1 ist kein Ordner. Wählen Sie einen Ordner für den Bericht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be written to (it is read-only or you lack permission). Choose another folder for the report.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden (er ist schreibgeschützt oder Ihnen fehlt die Berechtigung). Wählen Sie einen anderen Ordner für den Bericht.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The report could not be saved as %1: %2. Choose another name or folder.</source>
        <translation>Der Bericht konnte nicht als %1 gespeichert werden: %2. Wählen Sie einen anderen Namen oder Ordner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report could not replace %1: %2. Close any program that has it open, or choose another name.</source>
        <translation>Der Bericht konnte %1 nicht ersetzen: %2. Schließen Sie alle Programme, in denen die Datei geöffnet ist, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is a folder. Choose a file name for the report.</source>
        <translation>%1 ist ein Ordner. Wählen Sie einen Dateinamen für den Bericht.</translation>
    </message>
    <message>
        <location filename="../../src/reports/report_source.cpp" line="+39"/>
        <source>Comparing needs two assessment runs and the file has %1: record one with `ismsctl assess FILE --trigger planned|change`.</source>
        <translation>Ein Vergleich braucht zwei Beurteilungsdurchläufe, und die Datei hat %1: zeichnen Sie einen mit `ismsctl assess FILE --trigger planned|change` auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparing needs two SoA versions and the file has %1: approve one with `ismsctl soa-version FILE --approved-by PERSON-REF`.</source>
        <translation>Ein Vergleich braucht zwei SoA-Versionen, und die Datei hat %1: geben Sie eine mit `ismsctl soa-version FILE --approved-by PERSON-REF` frei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no assessment run %1: the runs are %2.</source>
        <translation>Es gibt keinen Beurteilungsdurchlauf %1: die Durchläufe sind %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no SoA version %1: the versions are %2.</source>
        <translation>Es gibt keine SoA-Version %1: die Versionen sind %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from and --to name the same one: compare two different ones (%1).</source>
        <translation>--from und --to nennen denselben: vergleichen Sie zwei verschiedene (%1).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The report could not be made because the file could not be read: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden, weil die Datei nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report could not be made because the file&apos;s risk methodology is damaged: %1 Run `ismsctl check` on the file.</source>
        <translation>Der Bericht konnte nicht erstellt werden, weil die Risikomethodik der Datei beschädigt ist: %1 Führen Sie `ismsctl check` für die Datei aus.</translation>
    </message>
    <message>
        <location filename="../../src/reports/writers/write_errors.cpp" line="+26"/>
        <source>The disk holding %1 is full, so the report was not saved. Free some space or choose a folder on another disk.</source>
        <translation>Der Datenträger mit %1 ist voll, daher wurde der Bericht nicht gespeichert. Geben Sie Speicherplatz frei oder wählen Sie einen Ordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report could not be written to %1: %2. Check the disk and the folder&apos;s permissions, or choose another folder.</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2. Prüfen Sie den Datenträger und die Berechtigungen des Ordners oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../src/reports/writers/xlsx_writer.cpp" line="+41"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message numerus="yes">
        <location line="+242"/>
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n Risiko</numerusform>
            <numerusform>%n Risiken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change (UTC)</source>
        <translation>Letzte Änderung (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated by</source>
        <translation>Erstellt mit</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1: %n row(s) on the sheet &quot;%2&quot;</source>
        <translation>
            <numerusform>%1: %n Zeile auf dem Blatt „%2“</numerusform>
            <numerusform>%1: %n Zeilen auf dem Blatt „%2“</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The workbook %1 could not be written: %2. Check that the folder exists and is writable and that the disk has space, then export again.</source>
        <translation>Die Arbeitsmappe %1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist und ob auf dem Datenträger Platz ist, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>isms::reports::AssessmentCompareReport</name>
    <message>
        <location filename="../../src/reports/builders/assessment_compare_report.cpp" line="+24"/>
        <source>Risk assessment comparison</source>
        <translation>Vergleich der Risikobeurteilungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO/IEC 27001:2022 clause 8.2</source>
        <translation>ISO/IEC 27001:2022 Abschnitt 8.2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>No two assessment runs were chosen to compare: record runs with `ismsctl assess`, then compare them.</source>
        <translation>Es wurden keine zwei Beurteilungsdurchläufe zum Vergleich gewählt: zeichnen Sie Durchläufe mit `ismsctl assess` auf und vergleichen Sie sie dann.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+51"/>
        <source>Risen</source>
        <translation>Gestiegen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Risks whose level rose.</source>
        <translation>Risiken, deren Stufe gestiegen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Fallen</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Risks whose level fell.</source>
        <translation>Risiken, deren Stufe gesunken ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Appeared</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Risks in the later run only.</source>
        <translation>Risiken nur im späteren Durchlauf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Risks of the earlier run no longer in the register.</source>
        <translation>Risiken des früheren Durchlaufs, die nicht mehr im Register stehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 x %2 levels, %3 bands, residual scores above %4 need acceptance</source>
        <translation>%1 x %2 Stufen, %3 Bänder, Restrisikowerte über %4 erfordern eine Akzeptanz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each run is read with the risk methodology kept with it. A risk rose or fell when its level (the residual level once assessed, the inherent level before) moved to another band of its run&apos;s method; within the same band, by its score when both runs used the same method.</source>
        <translation>Jeder Durchlauf wird mit der Risikomethodik gelesen, die mit ihm aufbewahrt ist. Ein Risiko ist gestiegen oder gesunken, wenn seine Stufe (die Restrisikostufe, sobald beurteilt, davor die inhärente Stufe) in ein anderes Band der Methodik seines Durchlaufs gewechselt ist; innerhalb desselben Bandes nach seinem Wert, wenn beide Durchläufe dieselbe Methodik verwendet haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier run</source>
        <translation>Früherer Durchlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later run</source>
        <translation>Späterer Durchlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note of the earlier run</source>
        <translation>Notiz des früheren Durchlaufs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note of the later run</source>
        <translation>Notiz des späteren Durchlaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same in both runs</source>
        <translation>In beiden Durchläufen dieselbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed between the runs (see below)</source>
        <translation>Zwischen den Durchläufen geändert (siehe unten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks in the earlier run</source>
        <translation>Risiken im früheren Durchlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks in the later run</source>
        <translation>Risiken im späteren Durchlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Methodology of each run</source>
        <translation>Methodik jedes Durchlaufs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Bands of %1</source>
        <translation>Bänder von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Level at %1</source>
        <translation>Stufe bei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Residual L x I at %1</source>
        <translation>Restrisiko W x A bei %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
</context>
<context>
    <name>isms::reports::CriteriaReport</name>
    <message>
        <location filename="../../src/reports/builders/criteria_report.cpp" line="+22"/>
        <source>Risk assessment criteria</source>
        <translation>Kriterien der Risikobeurteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO/IEC 27001:2022 clause 6.1.2</source>
        <translation>ISO/IEC 27001:2022 Abschnitt 6.1.2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each risk is assessed by its likelihood and its impact on the scales below. The risk matrix gives the score of each pair, and the score&apos;s band its level. The same criteria apply to every assessment, so repeated assessments give consistent, valid and comparable results.</source>
        <translation>Jedes Risiko wird nach seiner Eintrittswahrscheinlichkeit und seiner Auswirkung auf den unten stehenden Skalen bewertet. Die Risikomatrix liefert den Wert jedes Paares, und die Klasse des Werts seine Stufe. Für jede Beurteilung gelten dieselben Kriterien, sodass wiederholte Beurteilungen konsistente, gültige und vergleichbare Ergebnisse liefern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Likelihood levels</source>
        <translation>Stufen der Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact levels</source>
        <translation>Stufen der Auswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review interval</source>
        <translation>Überprüfungsintervall</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likelihood scale</source>
        <translation>Skala der Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact scale</source>
        <translation>Skala der Auswirkung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The score of each likelihood (rows) and impact (columns), in the colour of its band.</source>
        <translation>Der Wert jeder Eintrittswahrscheinlichkeit (Zeilen) und Auswirkung (Spalten), in der Farbe seiner Klasse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bands</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From score</source>
        <translation>Ab Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To score</source>
        <translation>Bis Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Risk levels</source>
        <translation>Risikostufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A score belongs to the highest band whose lowest score it reaches.</source>
        <translation>Ein Wert gehört zur höchsten Klasse, deren niedrigsten Wert er erreicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk acceptance criteria</source>
        <translation>Risikoakzeptanzkriterien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest acceptable residual score</source>
        <translation>Höchster akzeptabler Restrisikowert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceptance criteria</source>
        <translation>Akzeptanzkriterien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A residual risk scoring above %1 is accepted only by a named person on a recorded date; otherwise it is treated further.</source>
        <translation>Ein Restrisiko mit einem Wert über %1 wird nur von einer namentlich genannten Person an einem erfassten Datum akzeptiert; andernfalls wird es weiter behandelt.</translation>
    </message>
</context>
<context>
    <name>isms::reports::CsvWriter</name>
    <message>
        <location filename="../../src/reports/writers/csv_writer.cpp" line="+78"/>
        <source>The CSV file %1 could not be written: %2. Check that the folder exists and is writable and that the disk has space, then export again.</source>
        <translation>Die CSV-Datei %1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist und ob auf dem Datenträger Platz ist, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/reports/writers/csv_writer.h" line="+28"/>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
</context>
<context>
    <name>isms::reports::OdtDocument</name>
    <message>
        <location filename="../../src/reports/writers/odt_document.cpp" line="+101"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recorded change</source>
        <translation>Keine Änderung erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
</context>
<context>
    <name>isms::reports::OdtWriter</name>
    <message>
        <location filename="../../src/reports/writers/odt_writer.cpp" line="+25"/>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The OpenDocument writer failed; try another format.</source>
        <translation>Das Schreiben des OpenDocument-Formats ist fehlgeschlagen; versuchen Sie ein anderes Format.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OpenDocument file came out malformed; try another format.</source>
        <translation>Die OpenDocument-Datei ist fehlerhaft geworden; versuchen Sie ein anderes Format.</translation>
    </message>
</context>
<context>
    <name>isms::reports::PdfLayout</name>
    <message>
        <location filename="../../src/reports/writers/pdf_layout.cpp" line="+335"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
</context>
<context>
    <name>isms::reports::PdfWriter</name>
    <message>
        <location filename="../../src/reports/writers/pdf_writer.cpp" line="+118"/>
        <source>Last change: %1</source>
        <translation>Letzte Änderung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recorded change</source>
        <translation>Keine Änderung erfasst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, made by %2</source>
        <translation>%1, erstellt von %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+18"/>
        <source>The pages could not be painted.</source>
        <translation>Die Seiten konnten nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>isms::reports::ReportKind</name>
    <message>
        <location filename="../../src/reports/builders/criteria_report.cpp" line="+20"/>
        <source>Risk assessment criteria</source>
        <translation>Kriterien der Risikobeurteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The risk methodology: scales, matrix, bands and acceptance criteria (6.1.2)</source>
        <translation>Die Risikomethodik: Skalen, Matrix, Klassen und Akzeptanzkriterien (6.1.2)</translation>
    </message>
    <message>
        <location filename="../../src/reports/builders/risk_register_report.cpp" line="+208"/>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every risk with its levels, treatment and acceptance; opportunities apart (6.1.2, 8.2)</source>
        <translation>Jedes Risiko mit seinen Stufen, seiner Behandlung und Akzeptanz; Chancen gesondert (6.1.2, 8.2)</translation>
    </message>
    <message>
        <location filename="../../src/reports/builders/soa_report.cpp" line="+264"/>
        <source>Statement of Applicability</source>
        <translation>Anwendbarkeitserklärung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every Annex A and custom control: applicable or not, why, how far implemented (6.1.3 d)</source>
        <translation>Jede Maßnahme aus Anhang A und jede eigene Maßnahme: anwendbar oder nicht, warum und wie weit umgesetzt (6.1.3 d)</translation>
    </message>
    <message>
        <location filename="../../src/reports/builders/treatment_plan_report.cpp" line="+263"/>
        <source>Risk treatment plan</source>
        <translation>Risikobehandlungsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per open risk its treatment, controls and actions with owners, due dates and progress (6.1.3 e, f; 8.3)</source>
        <translation>Je offenem Risiko seine Behandlung, Maßnahmen und Aktionen mit Verantwortlichen, Fälligkeitsdaten und Fortschritt (6.1.3 e, f; 8.3)</translation>
    </message>
    <message>
        <location filename="../../src/reports/report_kinds.cpp" line="+34"/>
        <source>Audit readiness</source>
        <translation>Auditbereitschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses 4-10, mandatory documents, SoA, risks and heat maps, overdue items</source>
        <translation>Kapitel 4–10, verpflichtende Dokumente, Anwendbarkeitserklärung, Risiken und Heatmaps, überfällige Punkte</translation>
    </message>
    <message>
        <location filename="../../src/reports/builders/assessment_compare_report.cpp" line="+26"/>
        <source>Risk assessment comparison</source>
        <translation>Vergleich der Risikobeurteilungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two assessment runs, each with its own method: what rose, fell, appeared, closed (8.2)</source>
        <translation>Zwei Beurteilungsdurchläufe, jeder mit seiner eigenen Methodik: was gestiegen, gesunken, hinzugekommen und geschlossen ist (8.2)</translation>
    </message>
    <message>
        <location filename="../../src/reports/builders/soa_diff_report.cpp" line="+194"/>
        <source>SoA changes between versions</source>
        <translation>SoA-Änderungen zwischen Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two approved SoA versions: decisions, reasons, justifications, status changed (6.1.3 d)</source>
        <translation>Zwei freigegebene SoA-Versionen: geänderte Entscheidungen, Gründe, Begründungen und Umsetzungsstände (6.1.3 d)</translation>
    </message>
</context>
<context>
    <name>isms::reports::RiskRegisterReport</name>
    <message>
        <location filename="../../src/reports/builders/risk_register_report.cpp" line="-169"/>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO/IEC 27001:2022 clauses 6.1.2 and 8.2</source>
        <translation>ISO/IEC 27001:2022 Abschnitte 6.1.2 und 8.2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+22"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The file has no risks yet.</source>
        <translation>Die Datei enthält noch keine Risiken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+16"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The file has no opportunities.</source>
        <translation>Die Datei enthält keine Chancen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levels are the file&apos;s risk methodology applied to each likelihood and impact: the score and its band. Residual scores above %1 need an explicit acceptance.</source>
        <translation>Die Stufen ergeben sich aus der Risikomethodik der Datei, angewandt auf jede Eintrittswahrscheinlichkeit und Auswirkung: der Wert und seine Klasse. Restrisikowerte über %1 erfordern eine ausdrückliche Akzeptanz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open risks</source>
        <translation>Offene Risiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open risks left at %1</source>
        <translation>Offene Risiken auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open risks not assessed</source>
        <translation>Nicht bewertete offene Risiken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Above the acceptance criteria without acceptance</source>
        <translation>Über den Akzeptanzkriterien ohne Akzeptanz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open risks approved by their owner</source>
        <translation>Offene Risiken, von ihrem Verantwortlichen freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open risks needing re-approval</source>
        <translation>Offene Risiken, die eine erneute Freigabe brauchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open risks whose approval expired</source>
        <translation>Offene Risiken, deren Freigabe abgelaufen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open risks not approved</source>
        <translation>Offene Risiken ohne Freigabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The heat maps count open risks; closed risks and opportunities are left out.</source>
        <translation>Die Heatmaps zählen offene Risiken; geschlossene Risiken und Chancen sind nicht berücksichtigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Acceptance</source>
        <translation>Akzeptanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Accepted by %1 on %2</source>
        <translation>Akzeptiert von %1 am %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within the acceptance criteria (%1, at most %2)</source>
        <translation>Innerhalb der Akzeptanzkriterien (%1, höchstens %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs acceptance: %1 is above %2; accepted by %3 but with no date</source>
        <translation>Akzeptanz erforderlich: %1 liegt über %2; akzeptiert von %3, aber ohne Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs acceptance: %1 is above %2; accepted on %3 but not by whom</source>
        <translation>Akzeptanz erforderlich: %1 liegt über %2; akzeptiert am %3, aber ohne Angabe, von wem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs acceptance: %1 is above %2</source>
        <translation>Akzeptanz erforderlich: %1 liegt über %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 by %2 on %3, until %4</source>
        <translation>%1 von %2 am %3, bis %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (by %2 on %3)</source>
        <translation>%1 (von %2 am %3)</translation>
    </message>
</context>
<context>
    <name>isms::reports::SoaDiffReport</name>
    <message>
        <location filename="../../src/reports/builders/soa_diff_report.cpp" line="-163"/>
        <source>Statement of Applicability: changes between versions</source>
        <translation>Anwendbarkeitserklärung: Änderungen zwischen Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO/IEC 27001:2022 clause 6.1.3 d</source>
        <translation>ISO/IEC 27001:2022 Abschnitt 6.1.3 d</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No two SoA versions were chosen to compare: approve versions with `ismsctl soa-version`, then compare them.</source>
        <translation>Es wurden keine zwei SoA-Versionen zum Vergleich gewählt: geben Sie Versionen mit `ismsctl soa-version` frei und vergleichen Sie sie dann.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Version %1, approved by %2 on %3</source>
        <translation>Version %1, freigegeben von %2 am %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(incomplete: %1 controls undecided)</source>
        <translation>(unvollständig: %1 Maßnahmen unentschieden)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Earlier version</source>
        <translation>Frühere Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Its note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Later version</source>
        <translation>Spätere Version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controls in the earlier version</source>
        <translation>Maßnahmen in der früheren Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls in the later version</source>
        <translation>Maßnahmen in der späteren Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions changed</source>
        <translation>Geänderte Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons changed</source>
        <translation>Geänderte Gründe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justifications changed</source>
        <translation>Geänderte Begründungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation status changed</source>
        <translation>Geänderter Umsetzungsstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owners changed</source>
        <translation>Geänderte Verantwortliche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls added</source>
        <translation>Hinzugekommene Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls removed</source>
        <translation>Entfernte Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls unchanged</source>
        <translation>Unveränderte Maßnahmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reasons for inclusion</source>
        <translation>Gründe für die Aufnahme</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nothing changed between the two versions.</source>
        <translation>Zwischen den beiden Versionen hat sich nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each change of a control from version %1 to version %2.</source>
        <translation>Jede Änderung einer Maßnahme von Version %1 zu Version %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
</context>
<context>
    <name>isms::reports::SoaReport</name>
    <message>
        <location filename="../../src/reports/builders/soa_report.cpp" line="-230"/>
        <source>Statement of Applicability</source>
        <translation>Anwendbarkeitserklärung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO/IEC 27001:2022 clause 6.1.3 d</source>
        <translation>ISO/IEC 27001:2022 Abschnitt 6.1.3 d</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every control of ISO/IEC 27001:2022 Annex A and every control the organisation added, with the decision to apply it, the reasons for including it or the justification for excluding it, and how far it is implemented.</source>
        <translation>Jede Maßnahme aus Anhang A der ISO/IEC 27001:2022 und jede von der Organisation hinzugefügte Maßnahme, mit der Entscheidung über ihre Anwendung, den Gründen für ihre Aufnahme oder der Begründung für ihren Ausschluss und dem Umsetzungsstand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <location line="+33"/>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+112"/>
        <source>Annex A controls</source>
        <translation>Maßnahmen aus Anhang A</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Controls added by the organisation</source>
        <translation>Von der Organisation hinzugefügte Maßnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided and justified</source>
        <translation>Entschieden und begründet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inconsistent with the risk treatment</source>
        <translation>Widerspruch zur Risikobehandlung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The controls, in the order of their references.</source>
        <translation>Die Maßnahmen in der Reihenfolge ihrer Referenzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <location line="+48"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Reasons for inclusion</source>
        <translation>Gründe für die Aufnahme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence and linked records</source>
        <translation>Nachweise und verknüpfte Einträge</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Every control is decided, every applicable control has a reason for its inclusion and every excluded control a justification.</source>
        <translation>Jede Maßnahme ist entschieden, jede anwendbare Maßnahme hat einen Grund für ihre Aufnahme und jede ausgeschlossene Maßnahme eine Begründung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the Statement of Applicability still needs.</source>
        <translation>Was der Anwendbarkeitserklärung noch fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SoA lists %1 of the %2 Annex A controls: every Annex A control needs a decision, even when excluded.</source>
        <translation>Die Anwendbarkeitserklärung führt %1 der %2 Maßnahmen aus Anhang A: Jede Maßnahme aus Anhang A braucht eine Entscheidung, auch wenn sie ausgeschlossen wird.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Applicable, but no reason for its inclusion: tick risk treatment, legal, contractual or business.</source>
        <translation>Anwendbar, aber ohne Grund für die Aufnahme: Kreuzen Sie Risikobehandlung, gesetzlich, vertraglich oder geschäftlich an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excluded without a justification: say why it is not applicable.</source>
        <translation>Ausgeschlossen ohne Begründung: Geben Sie an, warum sie nicht anwendbar ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision yet: mark it applicable or not, and justify the decision.</source>
        <translation>Noch keine Entscheidung: Markieren Sie sie als anwendbar oder nicht und begründen Sie die Entscheidung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consistency with the risk treatment</source>
        <translation>Konsistenz mit der Risikobehandlung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No excluded control treats a risk or is implemented by a treatment action, and every control chosen to treat a risk has risk treatment among its reasons.</source>
        <translation>Keine ausgeschlossene Maßnahme behandelt ein Risiko oder wird durch eine Behandlungsmaßnahme umgesetzt, und jede zur Behandlung eines Risikos gewählte Maßnahme hat die Risikobehandlung unter ihren Gründen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inconsistencies</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions that contradict the risk treatment.</source>
        <translation>Entscheidungen, die der Risikobehandlung widersprechen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inconsistency</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Excluded, but chosen to treat %1: include the control or unlink it from the risk.</source>
        <translation>Ausgeschlossen, aber zur Behandlung von %1 gewählt: Nehmen Sie die Maßnahme auf oder lösen Sie die Verknüpfung mit dem Risiko.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excluded, but implemented by treatment action %1: include the control or unlink the action.</source>
        <translation>Ausgeschlossen, aber durch die Behandlungsmaßnahme %1 umgesetzt: Nehmen Sie die Maßnahme auf oder lösen Sie die Verknüpfung mit der Behandlungsmaßnahme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen to treat %1, but risk treatment is not among its reasons: add it as a reason.</source>
        <translation>Zur Behandlung von %1 gewählt, aber die Risikobehandlung ist nicht unter ihren Gründen: Fügen Sie sie als Grund hinzu.</translation>
    </message>
</context>
<context>
    <name>isms::reports::TextWriter</name>
    <message>
        <location filename="../../src/reports/writers/text_writer.cpp" line="+42"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Rows: %1. Columns: %2: %3.</source>
        <translation>Zeilen: %1. Spalten: %2: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each cell shows its score and, in brackets, how many risks are in it.</source>
        <translation>Jede Zelle zeigt ihren Wert und in Klammern, wie viele Risiken sie enthält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each cell shows its score.</source>
        <translation>Jede Zelle zeigt ihren Wert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Plain text</source>
        <translation>Nur-Text</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not write %1: %2. Check that the folder exists, is writable and has space.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert, beschreibbar ist und Platz bietet.</translation>
    </message>
</context>
<context>
    <name>isms::reports::TreatmentPlanReport</name>
    <message>
        <location filename="../../src/reports/builders/treatment_plan_report.cpp" line="-201"/>
        <source>Risk treatment plan</source>
        <translation>Risikobehandlungsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO/IEC 27001:2022 clauses 6.1.3 e and f, and 8.3</source>
        <translation>ISO/IEC 27001:2022 Abschnitte 6.1.3 e und f sowie 8.3</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Every open risk with its treatment, the controls chosen to treat it and the actions that implement them: its treatment actions, and the corrective actions of nonconformities about it. Closed risks and opportunities are left out.</source>
        <translation>Jedes offene Risiko mit seiner Behandlung, den zu seiner Behandlung gewählten Maßnahmen und den Aktionen, die sie umsetzen: seine Behandlungsmaßnahmen und die Korrekturmaßnahmen der Nichtkonformitäten, die es betreffen. Geschlossene Risiken und Chancen sind nicht berücksichtigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no open risks.</source>
        <translation>Die Datei enthält keine offenen Risiken.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+123"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+81"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>No treatment action</source>
        <translation>Keine Behandlungsmaßnahme</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+64"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 of %2 done (%3%)</source>
        <translation>%1 von %2 erledigt (%3 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>residual not re-assessed since</source>
        <translation>Restrisiko seitdem nicht erneut beurteilt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open risks in the plan</source>
        <translation>Offene Risiken im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks with no treatment action</source>
        <translation>Risiken ohne Behandlungsmaßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment actions complete</source>
        <translation>Behandlungsmaßnahmen abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks with every treatment action done</source>
        <translation>Risiken, deren Behandlungsmaßnahmen alle erledigt sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Treated but not re-assessed</source>
        <translation>Behandelt, aber nicht erneut beurteilt</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Actions by status</source>
        <translation>Aktionen nach Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled actions are not counted as to be done. An action is overdue when its due date has passed and it is neither done nor cancelled. Completion is the mean over a risk&apos;s treatment actions (a done action counts 100%).</source>
        <translation>Abgebrochene Maßnahmen zählen nicht als zu erledigen. Eine Maßnahme ist überfällig, wenn ihr Fälligkeitsdatum verstrichen und sie weder erledigt noch abgebrochen ist. Der Fortschritt ist der Mittelwert über die Behandlungsmaßnahmen eines Risikos (eine erledigte Maßnahme zählt 100 %).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every treatment action done, residual level not assessed since (%1)</source>
        <translation>Jede Behandlungsmaßnahme erledigt, Restrisikostufe seitdem nicht beurteilt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>isms::reports::XlsxWriter</name>
    <message>
        <location filename="../../src/reports/writers/xlsx_writer.cpp" line="+14"/>
        <source>The table &quot;%1&quot; has more rows or columns than a workbook sheet can hold (%2 rows, %3 columns). Export it as CSV instead.</source>
        <translation>Die Tabelle „%1“ hat mehr Zeilen oder Spalten, als ein Arbeitsblatt aufnehmen kann (%2 Zeilen, %3 Spalten). Exportieren Sie sie stattdessen als CSV.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the workbook could not be started (no memory or no temporary folder)</source>
        <translation>die Arbeitsmappe konnte nicht angelegt werden (kein Speicher oder kein temporärer Ordner)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the summary sheet could not be added</source>
        <translation>das Übersichtsblatt konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the sheet &quot;%1&quot; could not be added</source>
        <translation>das Blatt „%1“ konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../src/reports/writers/xlsx_writer.h" line="+22"/>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+53"/>
        <source>An ISO/IEC 27001:2022 ISMS register in one file.</source>
        <translation>Ein ISMS-Register nach ISO/IEC 27001:2022 in einer Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .isms file to open.</source>
        <translation>Die zu öffnende .isms-Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the file without changing it (as an auditor).</source>
        <translation>Die Datei öffnen, ohne sie zu ändern (als Auditor).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the demo file (made on first use).</source>
        <translation>Die Demodatei öffnen (wird bei der ersten Verwendung erstellt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window to PNG and quit.</source>
        <translation>Ein Bild des Fensters als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --screenshot: &quot;dashboard&quot; or a register key.</source>
        <translation>Mit --screenshot: „dashboard“ oder ein Registerschlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a dark colour scheme whatever the desktop&apos;s.</source>
        <translation>Ein dunkles Farbschema verwenden, unabhängig von der Arbeitsumgebung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the window, such as de or en (default: the system&apos;s).</source>
        <translation>Die Sprache des Fensters, etwa de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give at most one file to open.</source>
        <translation>Geben Sie höchstens eine Datei zum Öffnen an.</translation>
    </message>
</context>
</TS>
