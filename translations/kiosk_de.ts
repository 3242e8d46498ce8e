<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message numerus="yes">
        <source>%n identification(s) still followed in the background</source>
        <translation>
            <numerusform>%n Identifikation wird im Hintergrund weiterverfolgt</numerusform>
            <numerusform>%n Identifikationen werden im Hintergrund weiterverfolgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Identify yourself for your electronic signature</source>
        <translation>Identifizieren Sie sich für Ihre elektronische Signatur</translation>
    </message>
    <message>
        <source>Choose your language. A member of staff will guide you through the next steps.</source>
        <translation>Wählen Sie Ihre Sprache. Eine Mitarbeiterin oder ein Mitarbeiter begleitet Sie durch die nächsten Schritte.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Larger text and high contrast</source>
        <translation>Grössere Schrift und hoher Kontrast</translation>
    </message>
    <message>
        <source>Start identification</source>
        <translation>Identifikation starten</translation>
    </message>
    <message>
        <source>Start identification (staff)</source>
        <translation>Identifikation starten (Personal)</translation>
    </message>
</context>
<context>
    <name>BrandingPreview</name>
    <message>
        <source>the logo</source>
        <translation>das Logo</translation>
    </message>
    <message>
        <source>the button colour</source>
        <translation>die Schaltflächenfarbe</translation>
    </message>
    <message>
        <source>the highlight colour</source>
        <translation>die Hervorhebungsfarbe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not usable as typed, shown as the kiosk&apos;s own: %1.</source>
        <translation>So nicht verwendbar, stattdessen die des Kiosks gezeigt: %1.</translation>
    </message>
    <message>
        <source>Preview of the branding</source>
        <translation>Vorschau des Erscheinungsbilds</translation>
    </message>
    <message>
        <source>Start identification</source>
        <translation>Identifizierung starten</translation>
    </message>
    <message>
        <source>A main button: %1</source>
        <translation>Eine Hauptschaltfläche: %1</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>A chosen item: %1</source>
        <translation>Ein gewähltes Element: %1</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>No camera found.</source>
        <translation>Keine Kamera gefunden.</translation>
    </message>
    <message>
        <source>This application may not use the camera: allow it in the system settings.</source>
        <translation>Diese Anwendung darf die Kamera nicht verwenden: Erlauben Sie es in den Systemeinstellungen.</translation>
    </message>
    <message>
        <source>The camera does not work: %1</source>
        <translation>Die Kamera funktioniert nicht: %1</translation>
    </message>
    <message>
        <source>The camera picture appears here while this screen is open.</source>
        <translation>Das Kamerabild erscheint hier, solange diese Ansicht geöffnet ist.</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
</context>
<context>
    <name>CancelConfirm</name>
    <message>
        <source>Cancel this identification?</source>
        <translation>Diese Identifikation abbrechen?</translation>
    </message>
    <message>
        <source>The identification stops at the provider and cannot be continued. To be identified later, you start a new one.</source>
        <translation>Die Identifikation wird beim Anbieter beendet und kann nicht fortgesetzt werden. Um sich später zu identifizieren, starten Sie eine neue.</translation>
    </message>
    <message>
        <source>Yes, cancel</source>
        <translation>Ja, abbrechen</translation>
    </message>
    <message>
        <source>Yes, cancel the identification</source>
        <translation>Ja, Identifikation abbrechen</translation>
    </message>
    <message>
        <source>No, go on</source>
        <translation>Nein, weiter</translation>
    </message>
    <message>
        <source>No, go on with the identification</source>
        <translation>Nein, mit der Identifikation fortfahren</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Checking this terminal for the video call (camera, microphone, network)…</source>
        <translation>Dieses Terminal wird für den Videoanruf geprüft (Kamera, Mikrofon, Netzwerk)…</translation>
    </message>
    <message>
        <source>Requesting the personal identification link…</source>
        <translation>Der persönliche Identifikationslink wird angefordert…</translation>
    </message>
    <message>
        <source>This terminal cannot record identifications right now, so your identification was not started. Please ask the staff for help.</source>
        <translation>Dieses Terminal kann zurzeit keine Identifikationen erfassen; Ihre Identifikation wurde daher nicht gestartet. Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <source>For staff: the order journal could not be written, so the start was not sent (%1). Check the disk space and the data folder, then restart the kiosk.</source>
        <translation>Für das Personal: Das Auftragsjournal konnte nicht geschrieben werden; der Start wurde daher nicht gesendet (%1). Prüfen Sie den Speicherplatz und den Datenordner und starten Sie den Kiosk dann neu.</translation>
    </message>
    <message>
        <source>For staff: the order journal could not be written (%1). Order %2 was created and has been cancelled again. Check the disk space and the data folder, then restart the kiosk.</source>
        <translation>Für das Personal: Das Auftragsjournal konnte nicht geschrieben werden (%1). Auftrag %2 wurde erstellt und wieder abgebrochen. Prüfen Sie den Speicherplatz und den Datenordner und starten Sie den Kiosk dann neu.</translation>
    </message>
    <message>
        <source>For staff: the order journal could not be written (%1). Order %2 was created and could NOT be cancelled: cancel it with support. Check the disk space and the data folder, then restart the kiosk.</source>
        <translation>Für das Personal: Das Auftragsjournal konnte nicht geschrieben werden (%1). Auftrag %2 wurde erstellt und konnte NICHT abgebrochen werden: Brechen Sie ihn mit dem Support ab. Prüfen Sie den Speicherplatz und den Datenordner und starten Sie den Kiosk dann neu.</translation>
    </message>
    <message>
        <source>Before you continue</source>
        <translation>Bevor Sie fortfahren</translation>
    </message>
    <message>
        <source>Tip: activate Mobile ID (on your SIM card or in the Mobile ID app) before you start. You can then sign with it easily; otherwise you sign with a password and a code by SMS.</source>
        <translation>Tipp: Aktivieren Sie Mobile ID (auf Ihrer SIM-Karte oder in der Mobile ID App), bevor Sie beginnen. Dann können Sie damit einfach signieren; andernfalls signieren Sie mit einem Passwort und einem Code per SMS.</translation>
    </message>
    <message>
        <source>After the identification you get an SMS from Swisscom: accept the terms to finish.</source>
        <translation>Nach der Identifikation erhalten Sie eine SMS von Swisscom: Akzeptieren Sie die Nutzungsbedingungen, um abzuschliessen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the customer details</source>
        <translation>Zurück zu den Kundenangaben</translation>
    </message>
    <message>
        <source>Check my details</source>
        <translation>Meine Angaben prüfen</translation>
    </message>
    <message>
        <source>Back to the details to check them</source>
        <translation>Zurück zu den Angaben, um sie zu prüfen</translation>
    </message>
    <message>
        <source>Choose another method</source>
        <translation>Andere Methode wählen</translation>
    </message>
    <message>
        <source>Back to the method choice</source>
        <translation>Zurück zur Methodenwahl</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try again to start</source>
        <translation>Erneut versuchen zu starten</translation>
    </message>
    <message>
        <source>I agree — continue</source>
        <translation>Ich stimme zu – weiter</translation>
    </message>
    <message>
        <source>I agree to the notice: continue</source>
        <translation>Ich stimme dem Hinweis zu: weiter</translation>
    </message>
</context>
<context>
    <name>CustomerError</name>
    <message>
        <source>The identification service is not answering right now: please try again in a moment.</source>
        <translation>Der Identifikationsdienst antwortet im Moment nicht: Bitte versuchen Sie es gleich nochmals.</translation>
    </message>
    <message>
        <source>This terminal cannot start identifications right now: please ask the staff for help.</source>
        <translation>Dieses Terminal kann zurzeit keine Identifikationen starten: Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <source>This identification method is not available right now: please choose another one.</source>
        <translation>Diese Identifikationsmethode ist zurzeit nicht verfügbar: Bitte wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Some of your details were not accepted: please check them.</source>
        <translation>Einige Ihrer Angaben wurden nicht akzeptiert: Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <source>Something went wrong on our side: please try again.</source>
        <translation>Bei uns ist etwas schiefgelaufen: Bitte versuchen Sie es nochmals.</translation>
    </message>
    <message>
        <source>This terminal cannot run this identification right now: please choose another method.</source>
        <translation>Dieses Terminal kann diese Identifikation zurzeit nicht durchführen: Bitte wählen Sie eine andere Methode.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>The orders could not be read: %1</source>
        <translation>Die Aufträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) got no answer from the SRS: it may hold an order this terminal does not follow. Check with support:</source>
        <translation>
            <numerusform>%n Start blieb ohne Antwort des SRS: Dort besteht möglicherweise ein Auftrag, den dieses Terminal nicht verfolgt. Klären Sie dies mit dem Support ab:</numerusform>
            <numerusform>%n Starts blieben ohne Antwort des SRS: Dort bestehen möglicherweise Aufträge, die dieses Terminal nicht verfolgt. Klären Sie dies mit dem Support ab:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2, External ID %3, started %4</source>
        <translation>%1/%2, Externe ID %3, gestartet am %4</translation>
    </message>
    <message>
        <source>Cancel order %1? The identification stops at the provider; this cannot be undone.</source>
        <translation>Auftrag %1 abbrechen? Die Identifikation wird beim Anbieter beendet; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Another customer&apos;s session is open on this terminal. Showing the code of %1 ends that session (an order under way goes on being followed).</source>
        <translation>Auf diesem Terminal ist die Sitzung einer anderen Kundin oder eines anderen Kunden geöffnet. Wenn Sie den Code von %1 anzeigen, wird diese Sitzung beendet (ein laufender Auftrag wird weiterverfolgt).</translation>
    </message>
    <message>
        <source>Yes, show the code</source>
        <translation>Ja, Code anzeigen</translation>
    </message>
    <message>
        <source>The code of %1 cannot be shown again: the order is no longer waiting for its customer.</source>
        <translation>Der Code von %1 kann nicht erneut angezeigt werden: Der Auftrag wartet nicht mehr auf die Kundin oder den Kunden.</translation>
    </message>
    <message>
        <source>Could not show the code of %1: %2</source>
        <translation>Der Code von %1 konnte nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>%1 wird abgebrochen…</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>%1 konnte nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>Cancel of %1 requested: another process (pid %2 on %3) follows this order and cancels it at its next lease renewal, shortly. The row shows the result.</source>
        <translation>Abbruch von %1 angefordert: Ein anderer Prozess (PID %2 auf %3) verfolgt diesen Auftrag und bricht ihn bei der nächsten Verlängerung seiner Sperre ab, in Kürze. Die Zeile zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>Cancel of %1 requested: the SRS did not confirm yet; the kiosk keeps trying.</source>
        <translation>Abbruch von %1 angefordert: Der SRS hat noch nicht bestätigt; der Kiosk versucht es weiter.</translation>
    </message>
    <message>
        <source>The SRS did not cancel %1: it offers no cancel for this order. The identification stays open until it ends; the row shows how.</source>
        <translation>Der SRS hat %1 nicht abgebrochen: Für diesen Auftrag bietet er keinen Abbruch an. Die Identifikation bleibt offen, bis sie endet; die Zeile zeigt, wie.</translation>
    </message>
    <message>
        <source>Order %1: %2.</source>
        <translation>Auftrag %1: %2.</translation>
    </message>
    <message>
        <source>Asking the SRS about %1…</source>
        <translation>%1 wird beim SRS abgefragt…</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>%1 konnte nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>Another process follows %1 (%2) and checks it on its own.</source>
        <translation>Ein anderer Prozess verfolgt %1 (%2) und fragt den Auftrag selbst ab.</translation>
    </message>
    <message>
        <source>Checked %1: SRS status %2, %3; next: %4.</source>
        <translation>%1 abgefragt: SRS-Status %2, %3; nächster Schritt: %4.</translation>
    </message>
    <message>
        <source>Orders: %1; still in progress: %2.</source>
        <translation>Aufträge: %1; noch in Bearbeitung: %2.</translation>
    </message>
    <message>
        <source>Shown: %1.</source>
        <translation>Angezeigt: %1.</translation>
    </message>
    <message>
        <source>No order matches: check the Ref-ID, or clear the search or the switches.</source>
        <translation>Kein Auftrag passt: Ref-ID prüfen oder Suche bzw. Schalter zurücksetzen.</translation>
    </message>
    <message>
        <source>No order matches: check the Ref-ID or clear the search.</source>
        <translation>Kein Auftrag passt: Ref-ID prüfen oder Suche leeren.</translation>
    </message>
    <message>
        <source>No order in progress needs attention: turn off &quot;Open only&quot; to see the ended ones that do.</source>
        <translation>Kein laufender Auftrag braucht Aufmerksamkeit: «Nur offene» ausschalten, um die beendeten zu sehen, die sie brauchen.</translation>
    </message>
    <message>
        <source>Orders on this terminal</source>
        <translation>Aufträge auf diesem Terminal</translation>
    </message>
    <message>
        <source>Close the order dashboard</source>
        <translation>Auftragsübersicht schliessen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Search by Ref-ID</source>
        <translation>Nach Ref-ID suchen</translation>
    </message>
    <message>
        <source>Search orders by Ref-ID</source>
        <translation>Aufträge nach Ref-ID suchen</translation>
    </message>
    <message>
        <source>Part of the Ref-ID; the list shows the orders whose Ref-ID holds it</source>
        <translation>Ein Teil der Ref-ID; die Liste zeigt die Aufträge, deren Ref-ID ihn enthält</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Show only the orders still in progress</source>
        <translation>Nur die Aufträge zeigen, die noch laufen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Show only the orders that failed, ended without evidence or cannot be checked</source>
        <translation>Nur Aufträge zeigen, die fehlschlugen, ohne Nachweis endeten oder nicht geprüft werden können</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the order list</source>
        <translation>Auftragsliste aktualisieren</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Auftrag abbrechen…</translation>
    </message>
    <message>
        <source>Cancel the selected order</source>
        <translation>Ausgewählten Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Support card</source>
        <translation>Supportkarte</translation>
    </message>
    <message>
        <source>Open the support card of the selected order</source>
        <translation>Supportkarte des ausgewählten Auftrags öffnen</translation>
    </message>
    <message>
        <source>Yes, cancel the order</source>
        <translation>Ja, Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt abfragen</translation>
    </message>
    <message>
        <source>Ask the SRS about the selected order now, not at its next check</source>
        <translation>Den gewählten Auftrag jetzt beim SRS abfragen, nicht erst bei der nächsten Abfrage</translation>
    </message>
    <message>
        <source>Show the code again</source>
        <translation>Code erneut anzeigen</translation>
    </message>
    <message>
        <source>Show the selected order&apos;s QR code or web page to its customer again</source>
        <translation>QR-Code oder Webseite des ausgewählten Auftrags der Kundin oder dem Kunden erneut anzeigen</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nein, beibehalten</translation>
    </message>
</context>
<context>
    <name>DataScreen</name>
    <message>
        <source>Used as: %1</source>
        <translation>Verwendet als: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting.</source>
        <translation>
            <numerusform>%n Feld muss korrigiert werden.</numerusform>
            <numerusform>%n Felder müssen korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer details for %1</source>
        <translation>Kundenangaben für %1</translation>
    </message>
    <message>
        <source>Enter the details exactly as on the ID document. Fields marked * are required.</source>
        <translation>Geben Sie die Angaben genau wie im Ausweisdokument ein. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Enter your mobile number: the identification and your signatures later are bound to it. Fields marked * are required.</source>
        <translation>Geben Sie Ihre Mobiltelefonnummer ein: Die Identifikation und Ihre späteren Signaturen sind an diese Nummer gebunden. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Enter the details exactly as your bank has them for your account. Fields marked * are required.</source>
        <translation>Geben Sie die Angaben genau so ein, wie sie bei Ihrer Bank für Ihr Konto hinterlegt sind. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Nur für Personal</translation>
    </message>
    <message>
        <source>Also send the other data for matching</source>
        <translation>Auch die übrigen Angaben zum Abgleich senden</translation>
    </message>
    <message>
        <source>Without a data match the only identity detail sent is the last name: it must match the ID document exactly (no typos, every accent), or the identification is rejected.</source>
        <translation>Ohne Datenabgleich wird als einzige Identitätsangabe der Nachname gesendet: Er muss genau mit dem Ausweisdokument übereinstimmen (keine Tippfehler, alle Akzente), sonst wird die Identifikation abgelehnt.</translation>
    </message>
    <message>
        <source>Every detail sent is checked against the ID document; the identification fails if one does not match. Send only what you need matched.</source>
        <translation>Jede gesendete Angabe wird mit dem Ausweisdokument abgeglichen; stimmt eine nicht überein, schlägt die Identifikation fehl. Senden Sie nur, was abgeglichen werden muss.</translation>
    </message>
    <message>
        <source>This branch&apos;s default; change it for this order if needed.</source>
        <translation>Standardwert dieser Filiale; ändern Sie ihn bei Bedarf für diesen Auftrag.</translation>
    </message>
    <message>
        <source>Training: SIM-WAIT waits for the provider page&apos;s buttons; SIM-NEGATIVE, SIM-ERROR, SIM-NOTERMS and SIM-EXPIRE play other outcomes.</source>
        <translation>Schulung: SIM-WAIT wartet auf die Schaltflächen der Anbieterseite; SIM-NEGATIVE, SIM-ERROR, SIM-NOTERMS und SIM-EXPIRE simulieren andere Ergebnisse.</translation>
    </message>
    <message>
        <source>Not accepted by this method: %1</source>
        <translation>Von dieser Methode nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the method choice</source>
        <translation>Zurück zur Methodenwahl</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next: the customer&apos;s consent</source>
        <translation>Weiter: Einwilligung der Kundin oder des Kunden</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>There is no day %1 in that month: enter the day again.</source>
        <translation>Dieser Monat hat keinen Tag %1: Geben Sie den Tag erneut ein.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>Das Jahr muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>Der Monat muss zwischen 1 und 12 liegen.</translation>
    </message>
    <message>
        <source>The day must be between 1 and %1.</source>
        <translation>Der Tag muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>JJJJ</translation>
    </message>
</context>
<context>
    <name>DiagnosisScreen</name>
    <message>
        <source>Close the diagnosis</source>
        <translation>Diagnose schliessen</translation>
    </message>
</context>
<context>
    <name>DiagnosisWidget</name>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Terminal readiness</source>
        <translation>Terminalbereitschaft</translation>
    </message>
    <message>
        <source>Checks camera, microphone, network speed, connections, UDP and the built-in browser, and tells which identification methods this terminal can run.</source>
        <translation>Prüft Kamera, Mikrofon, Netzwerkgeschwindigkeit, Verbindungen, UDP und den integrierten Browser und zeigt, welche Identifikationsmethoden dieses Terminal durchführen kann.</translation>
    </message>
    <message>
        <source>The report could not be saved. %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation>Als Text speichern</translation>
    </message>
    <message>
        <source>Save as JSON</source>
        <translation>Als JSON speichern</translation>
    </message>
    <message>
        <source>Identification methods</source>
        <translation>Identifikationsmethoden</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Save the readiness report as text</source>
        <translation>Den Bereitschaftsbericht als Text speichern</translation>
    </message>
    <message>
        <source>Save the readiness report as JSON</source>
        <translation>Den Bereitschaftsbericht als JSON speichern</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Checking… %1 of %2 checks done.</source>
        <translation>Prüfung läuft… %1 von %2 Prüfungen erledigt.</translation>
    </message>
    <message>
        <source>The check has not run yet.</source>
        <translation>Die Prüfung wurde noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Checked at %1 in %2 s: %3 of %4 methods can run.</source>
        <translation>Geprüft um %1 in %2 s: %3 von %4 Methoden sind möglich.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Run the readiness check</source>
        <translation>Bereitschaftsprüfung starten</translation>
    </message>
</context>
<context>
    <name>ExportProblem</name>
    <message>
        <source>The folder %1 does not exist and could not be made.</source>
        <translation>Den Ordner %1 gibt es nicht, und er konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The kiosk may not write in the folder %1.</source>
        <translation>Der Kiosk darf nicht in den Ordner %1 schreiben.</translation>
    </message>
    <message>
        <source>The disk of the folder %1 is full.</source>
        <translation>Der Datenträger des Ordners %1 ist voll.</translation>
    </message>
    <message>
        <source>The folder %1 is on a read-only disk.</source>
        <translation>Der Ordner %1 liegt auf einem schreibgeschützten Datenträger.</translation>
    </message>
    <message>
        <source>The kiosk could not write in the folder %1 (system error %2).</source>
        <translation>Der Kiosk konnte nicht in den Ordner %1 schreiben (Systemfehler %2).</translation>
    </message>
    <message>
        <source>Check the folder ([support] export_folder in the settings file).</source>
        <translation>Ordner prüfen ([support] export_folder in der Einstellungsdatei).</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>First name(s)</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>ID document valid until</source>
        <translation>Ausweisdokument gültig bis</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobiltelefonnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Wohnsitzland</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>Postadresse</translation>
    </message>
    <message>
        <source>artist name</source>
        <translation>Künstlername</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>Ausweisnummer</translation>
    </message>
    <message>
        <source>issuing country</source>
        <translation>Ausstellungsland</translation>
    </message>
    <message>
        <source>issuing city</source>
        <translation>Ausstellungsort</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
</context>
<context>
    <name>HandoffQrScreen</name>
    <message>
        <source>QR code of the app in the store: %1</source>
        <translation>QR-Code der App im Store: %1</translation>
    </message>
    <message>
        <source>Identify yourself with your ID card and your phone</source>
        <translation>Identifizieren Sie sich mit Ihrem Ausweis und Ihrem Mobiltelefon</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Auf dem Mobiltelefon fortfahren</translation>
    </message>
    <message>
        <source>QR code to open your identification on your phone</source>
        <translation>QR-Code, um Ihre Identifikation auf dem Mobiltelefon zu öffnen</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera</source>
        <translation>Scannen Sie diesen Code mit der Kamera Ihres Mobiltelefons</translation>
    </message>
    <message>
        <source>Your phone is connected</source>
        <translation>Ihr Mobiltelefon ist verbunden</translation>
    </message>
    <message>
        <source>Follow the steps in the AUTHADA app on your phone. This screen moves on by itself.</source>
        <translation>Folgen Sie den Schritten in der AUTHADA-App auf Ihrem Mobiltelefon. Diese Ansicht geht von selbst weiter.</translation>
    </message>
    <message>
        <source>Follow the steps on your phone. This screen moves on by itself.</source>
        <translation>Folgen Sie den Schritten auf Ihrem Mobiltelefon. Diese Ansicht geht von selbst weiter.</translation>
    </message>
    <message>
        <source>Show the code again</source>
        <translation>Code erneut anzeigen</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera; the page that opens starts the AUTHADA app.</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Mobiltelefons; die Seite, die sich öffnet, startet die AUTHADA-App.</translation>
    </message>
    <message>
        <source>Hold your ID card to the back of your phone until the app has read it (NFC).</source>
        <translation>Halten Sie Ihren Ausweis an die Rückseite Ihres Mobiltelefons, bis die App ihn gelesen hat (NFC).</translation>
    </message>
    <message>
        <source>Enter your 6-digit card PIN in the app.</source>
        <translation>Geben Sie die 6-stellige PIN Ihres Ausweises in der App ein.</translation>
    </message>
    <message>
        <source>You need: a German ID card with the online function (eID) or an electronic residence permit, its 6-digit PIN, and a smartphone with NFC.</source>
        <translation>Sie brauchen: einen deutschen Personalausweis mit Online-Ausweisfunktion (eID) oder einen elektronischen Aufenthaltstitel, die zugehörige 6-stellige PIN und ein Smartphone mit NFC.</translation>
    </message>
    <message>
        <source>It takes a few minutes; longer if you first download the app.</source>
        <translation>Es dauert wenige Minuten; länger, wenn Sie die App zuerst herunterladen.</translation>
    </message>
    <message>
        <source>Back to the steps</source>
        <translation>Zurück zu den Schritten</translation>
    </message>
    <message>
        <source>Don&apos;t have the app yet?</source>
        <translation>Sie haben die App noch nicht?</translation>
    </message>
    <message>
        <source>The AUTHADA app is free. Scan the code for your phone&apos;s store with its camera, install the app, then scan the large code.</source>
        <translation>Die AUTHADA-App ist kostenlos. Scannen Sie mit der Kamera Ihres Mobiltelefons den Code für dessen Store, installieren Sie die App und scannen Sie dann den grossen Code.</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Identifikation abbrechen</translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation>Fortschritt anzeigen</translation>
    </message>
    <message>
        <source>Preparing your identification link…</source>
        <translation>Ihr Identifikationslink wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>HandoffWebScreen</name>
    <message>
        <source>Identification page of the provider</source>
        <translation>Identifikationsseite des Anbieters</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Auf dem Mobiltelefon fortfahren</translation>
    </message>
    <message>
        <source>QR code to continue on your phone</source>
        <translation>QR-Code, um auf dem Mobiltelefon fortzufahren</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera to do the identification there instead.</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Mobiltelefons, um die Identifikation stattdessen dort durchzuführen.</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera. You log in to your bank on your own phone, not on this shared terminal.</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Mobiltelefons. Sie melden sich auf Ihrem eigenen Mobiltelefon bei Ihrer Bank an, nicht auf diesem gemeinsam genutzten Terminal.</translation>
    </message>
    <message>
        <source>For staff: if the customer has no smartphone</source>
        <translation>Für das Personal: falls die Kundin oder der Kunde kein Smartphone hat</translation>
    </message>
    <message>
        <source>Open on this kiosk</source>
        <translation>Auf diesem Kiosk öffnen</translation>
    </message>
    <message>
        <source>For staff: open the page on this kiosk instead of the phone</source>
        <translation>Für das Personal: Seite auf diesem Kiosk statt auf dem Mobiltelefon öffnen</translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation>Fortschritt anzeigen</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Identifikation abbrechen</translation>
    </message>
    <message>
        <source>Preparing your identification link…</source>
        <translation>Ihr Identifikationslink wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>needed to use the identity.tm mobile app; must match the ID exactly</source>
        <translation>für die Nutzung der identity.tm-App erforderlich; muss genau mit dem Ausweis übereinstimmen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>No activity: this session ends in %n second(s). Touch the screen to continue.</source>
        <translation>
            <numerusform>Keine Aktivität: Diese Sitzung endet in %n Sekunde. Berühren Sie den Bildschirm, um fortzufahren.</numerusform>
            <numerusform>Keine Aktivität: Diese Sitzung endet in %n Sekunden. Berühren Sie den Bildschirm, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>open the staff menu</source>
        <translation>das Personalmenü zu öffnen</translation>
    </message>
    <message>
        <source>quit the kiosk</source>
        <translation>den Kiosk zu beenden</translation>
    </message>
    <message>
        <source>open the order dashboard</source>
        <translation>die Auftragsübersicht zu öffnen</translation>
    </message>
    <message>
        <source>open the page on this kiosk</source>
        <translation>die Seite auf diesem Kiosk zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>No activity: this staff screen closes in %n second(s). Touch the screen to stay.</source>
        <translation>
            <numerusform>Keine Aktivität: Diese Mitarbeiteransicht schliesst in %n Sekunde. Berühren Sie den Bildschirm, um zu bleiben.</numerusform>
            <numerusform>Keine Aktivität: Diese Mitarbeiteransicht schliesst in %n Sekunden. Berühren Sie den Bildschirm, um zu bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>SRS Branch Kiosk</source>
        <translation>SRS-Filialkiosk</translation>
    </message>
    <message>
        <source>Training mode: a built-in simulator plays the SRS; no real identification</source>
        <translation>Schulungsmodus: Ein integrierter Simulator ersetzt den SRS; keine echte Identifikation</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Staff menu (PIN)</source>
        <translation>Personalmenü (PIN)</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
</context>
<context>
    <name>MethodCard</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>eID</source>
        <translation>eID</translation>
    </message>
    <message>
        <source>Bankident</source>
        <translation>Bankident</translation>
    </message>
    <message>
        <source>no app needed</source>
        <translation>keine App nötig</translation>
    </message>
    <message>
        <source>app on the phone</source>
        <translation>App auf dem Mobiltelefon</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Duration not stated</source>
        <translation>Dauer nicht angegeben</translation>
    </message>
    <message>
        <source>About %1–%2 minutes</source>
        <translation>Etwa %1–%2 Minuten</translation>
    </message>
    <message>
        <source>A few minutes (at most %1)</source>
        <translation>Wenige Minuten (höchstens %1)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>A few minutes</source>
        <translation>Wenige Minuten</translation>
    </message>
    <message>
        <source>evidence %1</source>
        <translation>Nachweis %1</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 Min.</translation>
    </message>
    <message>
        <source>session of %1 min</source>
        <translation>Sitzung von %1 Min.</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>wenige Minuten</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Rechtsräume</translation>
    </message>
    <message>
        <source>Level of assurance</source>
        <translation>Vertrauensniveau</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Web flow</source>
        <translation>Im Browser</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Evidence valid</source>
        <translation>Nachweis gültig</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>Typical duration</source>
        <translation>Übliche Dauer</translation>
    </message>
    <message>
        <source>A method this kiosk does not know (type %1): it runs in the kiosk&apos;s web view.</source>
        <translation>Eine Methode, die dieser Kiosk nicht kennt (Typ %1): Sie läuft in der Webansicht des Kiosks.</translation>
    </message>
    <message>
        <source>The customer needs: %1</source>
        <translation>Die Kundin oder der Kunde braucht: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Video calls in %1 only: the customer chose %2.</source>
        <translation>Videoanrufe nur auf %1: Die Kundin oder der Kunde hat %2 gewählt.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
</context>
<context>
    <name>MethodNeeds</name>
    <message>
        <source>the terminal&apos;s camera and microphone</source>
        <translation>die Kamera und das Mikrofon des Terminals</translation>
    </message>
    <message>
        <source>a valid ID document</source>
        <translation>ein gültiges Ausweisdokument</translation>
    </message>
    <message>
        <source>10–20 minutes</source>
        <translation>10–20 Minuten</translation>
    </message>
    <message>
        <source>a call in German or English</source>
        <translation>ein Gespräch auf Deutsch oder Englisch</translation>
    </message>
    <message>
        <source>a German ID card with eID function, or a residence card</source>
        <translation>einen deutschen Personalausweis mit eID-Funktion oder einen elektronischen Aufenthaltstitel</translation>
    </message>
    <message>
        <source>a smartphone with NFC</source>
        <translation>ein Smartphone mit NFC</translation>
    </message>
    <message>
        <source>the AUTHADA app (free)</source>
        <translation>die AUTHADA-App (kostenlos)</translation>
    </message>
    <message>
        <source>the 6-digit PIN of the ID card</source>
        <translation>die 6-stellige PIN des Ausweises</translation>
    </message>
    <message>
        <source>online banking at a supported bank (about 3500 banks)</source>
        <translation>Online-Banking bei einer unterstützten Bank (rund 3500 Banken)</translation>
    </message>
    <message>
        <source>a mobile phone for an SMS code</source>
        <translation>ein Mobiltelefon für einen SMS-Code</translation>
    </message>
</context>
<context>
    <name>MethodsScreen</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>EU (eIDAS)</source>
        <translation>EU (eIDAS)</translation>
    </message>
    <message>
        <source>CH (ZertES)</source>
        <translation>CH (ZertES)</translation>
    </message>
    <message>
        <source>LOA %1 or higher</source>
        <translation>LOA %1 oder höher</translation>
    </message>
    <message>
        <source>LOA 4</source>
        <translation>LOA 4</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>eID</source>
        <translation>eID</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Customer&apos;s language: %1</source>
        <translation>Sprache der Kundschaft: %1</translation>
    </message>
    <message>
        <source>Loading the identification methods…</source>
        <translation>Die Identifikationsmethoden werden geladen…</translation>
    </message>
    <message>
        <source>The methods could not be loaded: %1</source>
        <translation>Die Methoden konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) match</source>
        <translation>
            <numerusform>%n Methode passt</numerusform>
            <numerusform>%n Methoden passen</numerusform>
        </translation>
    </message>
    <message>
        <source>No method matches these filters. Choose fewer filters or another preset.</source>
        <translation>Keine Methode passt zu diesen Filtern. Wählen Sie weniger Filter oder eine andere Vorauswahl.</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Alle Methoden</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Vorauswahl: %1</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message numerus="yes">
        <source>More filters (%n set)</source>
        <translation>
            <numerusform>Weitere Filter (%n aktiv)</numerusform>
            <numerusform>Weitere Filter (%n aktiv)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the identification method</source>
        <translation>Wählen Sie die Identifikationsmethode</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <source>Level of assurance</source>
        <translation>Vertrauensniveau</translation>
    </message>
    <message>
        <source>Method type</source>
        <translation>Methodentyp</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Web flow</source>
        <translation>Im Browser</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Load the methods again</source>
        <translation>Methoden erneut laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel and return to the start</source>
        <translation>Abbrechen und zum Anfang zurückkehren</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>MicrophoneMeter</name>
    <message>
        <source>This application may not use the microphone: allow it in the system settings.</source>
        <translation>Diese Anwendung darf das Mikrofon nicht verwenden: Erlauben Sie es in den Systemeinstellungen.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>Kein Mikrofon gefunden.</translation>
    </message>
    <message>
        <source>Speak: the bar moves with the voice.</source>
        <translation>Sprechen Sie: Der Balken bewegt sich mit der Stimme.</translation>
    </message>
    <message>
        <source>The microphone level appears here while this screen is open.</source>
        <translation>Der Mikrofonpegel erscheint hier, solange diese Ansicht geöffnet ist.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
</context>
<context>
    <name>MoreTimePrompt</name>
    <message numerus="yes">
        <source>Without an answer, the session ends in %n second(s).</source>
        <translation>
            <numerusform>Ohne Antwort endet die Sitzung in %n Sekunde.</numerusform>
            <numerusform>Ohne Antwort endet die Sitzung in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Need more time?</source>
        <translation>Brauchen Sie mehr Zeit?</translation>
    </message>
    <message>
        <source>Take the time you need: your identification goes on. Touch Continue to keep this screen, or End here to close it; the identification is not cancelled.</source>
        <translation>Nehmen Sie sich die Zeit, die Sie brauchen: Ihre Identifikation läuft weiter. Tippen Sie auf «Weiter», um diese Ansicht zu behalten, oder auf «Hier beenden», um sie zu schliessen; die Identifikation wird nicht abgebrochen.</translation>
    </message>
    <message>
        <source>End here</source>
        <translation>Hier beenden</translation>
    </message>
    <message>
        <source>End here and clear this screen; the identification goes on</source>
        <translation>Hier beenden und diese Ansicht leeren; die Identifikation läuft weiter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Continue: I need more time</source>
        <translation>Weiter: Ich brauche mehr Zeit</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Grossbuchstabe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Tastatur ausblenden</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Buchstaben mit Akzent</translation>
    </message>
</context>
<context>
    <name>OrderNotice</name>
    <message>
        <source>Order %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <source>Order %1 ended: %2. Open the order dashboard.</source>
        <translation>Auftrag %1 beendet: %2. Öffnen Sie die Auftragsübersicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n orders ended</source>
        <translation>
            <numerusform>%n Auftrag beendet</numerusform>
            <numerusform>%n Aufträge beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders ended. Open the order dashboard.</source>
        <translation>
            <numerusform>%n Auftrag beendet. Öffnen Sie die Auftragsübersicht.</numerusform>
            <numerusform>%n Aufträge beendet. Öffnen Sie die Auftragsübersicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderStrip</name>
    <message>
        <source>The connection to the identification service is interrupted. The kiosk keeps trying by itself; nothing is lost.</source>
        <translation>Die Verbindung zum Identifikationsdienst ist unterbrochen. Der Kiosk versucht es selbständig weiter; es geht nichts verloren.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Ref-ID</source>
        <translation>Ref-ID</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Seit Start</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>ended without evidence</source>
        <translation>ohne Nachweis beendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>followed by another process (pid %1 on %2)</source>
        <translation>von einem anderen Prozess verfolgt (PID %1 auf %2)</translation>
    </message>
    <message>
        <source>done (%1)</source>
        <translation>erledigt (%1)</translation>
    </message>
    <message>
        <source>status check</source>
        <translation>Statusabfrage</translation>
    </message>
    <message>
        <source>verify evidence</source>
        <translation>Nachweis prüfen</translation>
    </message>
    <message>
        <source>cancel at SRS</source>
        <translation>beim SRS abbrechen</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 jetzt</translation>
    </message>
    <message>
        <source>Cancel requested (the other process does it)</source>
        <translation>Abbruch angefordert (der andere Prozess führt ihn aus)</translation>
    </message>
    <message>
        <source>Cancel pending (retrying)</source>
        <translation>Abbruch ausstehend (wird wiederholt)</translation>
    </message>
    <message>
        <source>Connection problem: %1 failed attempts in a row</source>
        <translation>Verbindungsproblem: %1 Fehlversuche in Folge</translation>
    </message>
    <message>
        <source>The session ran out: start a new identification</source>
        <translation>Die Sitzung ist abgelaufen: eine neue Identifikation starten</translation>
    </message>
    <message>
        <source>The SRS no longer knows this order</source>
        <translation>Der SRS kennt diesen Auftrag nicht mehr</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>A PIN has 6 to 12 digits.</source>
        <translation>Eine PIN hat 6 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>Choose a PIN that is not a run or a repetition of one digit.</source>
        <translation>Wählen Sie eine PIN, die keine Zahlenfolge und keine Wiederholung einer Ziffer ist.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Staff PINs now have at least 6 digits. Ask IT to set a new one with %1.</source>
        <translation>Personal-PINs haben jetzt mindestens 6 Ziffern. Bitten Sie die IT, mit %1 eine neue festzulegen.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in %1 s.</source>
        <translation>Falsche PIN. Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Falsche PIN. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <source>No staff PIN set — ask IT to run %1.</source>
        <translation>Keine Personal-PIN festgelegt – bitten Sie die IT, %1 auszuführen.</translation>
    </message>
    <message>
        <source>The staff PIN file is damaged — IT can reset it with %1.</source>
        <translation>Die Datei der Personal-PIN ist beschädigt – die IT kann sie mit %1 zurücksetzen.</translation>
    </message>
    <message>
        <source>Enter the staff PIN to %1.</source>
        <translation>Geben Sie die Personal-PIN ein, um %1.</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Confirm the PIN</source>
        <translation>PIN bestätigen</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Qualified signature, EU (eIDAS, LOA 4)</source>
        <translation>Qualifizierte Signatur, EU (eIDAS, LOA 4)</translation>
    </message>
    <message>
        <source>Qualified signature, CH (ZertES)</source>
        <translation>Qualifizierte Signatur, CH (ZertES)</translation>
    </message>
    <message>
        <source>Advanced signature, EU (eIDAS, LOA 3)</source>
        <translation>Fortgeschrittene Signatur, EU (eIDAS, LOA 3)</translation>
    </message>
    <message>
        <source>In the browser, no app</source>
        <translation>Im Browser, ohne App</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 is needed: your identification and your signatures later are linked to this number.</source>
        <translation>%1 ist erforderlich: Ihre Identifikation und Ihre späteren Signaturen sind an diese Nummer gebunden.</translation>
    </message>
    <message>
        <source>%1 must be a phone number: digits, spaces and a leading + only.</source>
        <translation>%1 muss eine Telefonnummer sein: nur Ziffern, Leerzeichen und ein + am Anfang.</translation>
    </message>
    <message>
        <source>%1 must be an international number: + and the country code, e.g. +41 79 123 45 67.</source>
        <translation>%1 muss eine internationale Nummer sein: + und die Landesvorwahl, z. B. +41 79 123 45 67.</translation>
    </message>
    <message>
        <source>%1 has a country code that does not exist; check the digits after + or 00.</source>
        <translation>%1 hat eine Landesvorwahl, die es nicht gibt; prüfen Sie die Ziffern nach + oder 00.</translation>
    </message>
    <message>
        <source>%1 has too few digits for a number with the country code +%2.</source>
        <translation>%1 hat zu wenige Ziffern für eine Nummer mit der Landesvorwahl +%2.</translation>
    </message>
    <message>
        <source>%1 has too few digits for a phone number.</source>
        <translation>%1 hat zu wenige Ziffern für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>%1 has too many digits for a number with the country code +%2.</source>
        <translation>%1 hat zu viele Ziffern für eine Nummer mit der Landesvorwahl +%2.</translation>
    </message>
    <message>
        <source>%1 is not a valid number with the country code +%2; check the digits.</source>
        <translation>%1 ist keine gültige Nummer mit der Landesvorwahl +%2; prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>%1 is not a mobile number (a landline or service number): the SMS needs a mobile.</source>
        <translation>Im Feld %1 steht eine Festnetz- oder Servicenummer, keine Mobiltelefonnummer: Die SMS kann nur an ein Mobiltelefon gesendet werden.</translation>
    </message>
    <message>
        <source>%1 must be a two-letter country code, e.g. CH.</source>
        <translation>%1 muss ein Ländercode aus zwei Buchstaben sein, z. B. CH.</translation>
    </message>
    <message>
        <source>%1 must be a two-letter language code in lower case, e.g. de.</source>
        <translation>%1 muss ein Sprachcode aus zwei Kleinbuchstaben sein, z. B. de.</translation>
    </message>
    <message>
        <source>%1 must be a level of assurance from 1 to 4.</source>
        <translation>%1 muss ein Vertrauensniveau von 1 bis 4 sein.</translation>
    </message>
    <message>
        <source>%1 must be EIDAS or ZERTES.</source>
        <translation>%1 muss EIDAS oder ZERTES sein.</translation>
    </message>
    <message>
        <source>%1 may have at most 100 characters.</source>
        <translation>%1 darf höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>%1 may contain only letters, spaces, apostrophes (&apos;), hyphens (-) and dots (.).</source>
        <translation>%1 darf nur Buchstaben, Leerzeichen, Apostrophe (&apos;), Bindestriche (-) und Punkte (.) enthalten.</translation>
    </message>
    <message>
        <source>%1 must contain at least one letter.</source>
        <translation>%1 muss mindestens einen Buchstaben enthalten.</translation>
    </message>
    <message>
        <source>%1 must be a real date in the past (YYYY-MM-DD).</source>
        <translation>%1 muss ein gültiges Datum in der Vergangenheit sein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>%1 must be a date in the past.</source>
        <translation>%1 muss in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <source>%1 cannot be more than %2 years ago; check the year.</source>
        <translation>%1 darf nicht mehr als %2 Jahre zurückliegen; prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>%1 may have at most 254 characters.</source>
        <translation>%1 darf höchstens 254 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>%1 must be an e-mail address like name@example.ch.</source>
        <translation>%1 muss eine E-Mail-Adresse wie name@example.ch sein.</translation>
    </message>
    <message>
        <source>%1 is not a known country code.</source>
        <translation>%1 ist kein bekannter Ländercode.</translation>
    </message>
    <message>
        <source>%1 is not a known language code.</source>
        <translation>%1 ist kein bekannter Sprachcode.</translation>
    </message>
    <message>
        <source>%1 may not contain control characters such as line breaks or tabs.</source>
        <translation>%1 darf keine Steuerzeichen wie Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <source>%1 must be a real date (YYYY-MM-DD).</source>
        <translation>%1 muss ein gültiges Datum sein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>%1 has passed: the ID document must still be valid.</source>
        <translation>Das Datum im Feld %1 ist bereits vorbei: Das Ausweisdokument muss noch gültig sein.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 muss ein Text sein.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>%1 ist für %2 erforderlich.</translation>
    </message>
    <message>
        <source>%1 is required for this method.</source>
        <translation>%1 ist für diese Methode erforderlich.</translation>
    </message>
    <message>
        <source>%1 is not accepted by %2.</source>
        <translation>%1 wird von %2 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 is not accepted by this method.</source>
        <translation>%1 wird von dieser Methode nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 needs the day, the month and the year.</source>
        <translation>%1 muss Tag, Monat und Jahr enthalten.</translation>
    </message>
</context>
<context>
    <name>ReadinessCheck</name>
    <message>
        <source>Not checked: this needs the graphical application (Qt), which could not be started here.</source>
        <translation>Nicht geprüft: Dazu braucht es die grafische Anwendung (Qt), die hier nicht gestartet werden konnte.</translation>
    </message>
    <message>
        <source>No camera found. Connect the terminal&apos;s camera (USB) and run the check again; video identification needs one.</source>
        <translation>Keine Kamera gefunden. Schliessen Sie die Kamera des Terminals an (USB) und führen Sie die Prüfung erneut aus; die Video-Identifikation braucht eine Kamera.</translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; offers at most %2 pixels; video identification needs at least %3. Connect a better camera.</source>
        <translation>Die Kamera «%1» liefert höchstens %2 Pixel; die Video-Identifikation braucht mindestens %3. Schliessen Sie eine bessere Kamera an.</translation>
    </message>
    <message>
        <source>This application may not use the camera. Allow it in the system settings (macOS: System Settings › Privacy &amp; Security › Camera; Windows: Settings › Privacy › Camera).</source>
        <translation>Diese Anwendung darf die Kamera nicht verwenden. Erlauben Sie es in den Systemeinstellungen (macOS: Systemeinstellungen › Datenschutz &amp; Sicherheit › Kamera; Windows: Einstellungen › Datenschutz › Kamera).</translation>
    </message>
    <message>
        <source>No microphone found. Connect a microphone or a headset and run the check again; video identification needs one.</source>
        <translation>Kein Mikrofon gefunden. Schliessen Sie ein Mikrofon oder ein Headset an und führen Sie die Prüfung erneut aus; die Video-Identifikation braucht ein Mikrofon.</translation>
    </message>
    <message>
        <source>This application may not use the microphone. Allow it in the system settings (macOS: System Settings › Privacy &amp; Security › Microphone; Windows: Settings › Privacy › Microphone).</source>
        <translation>Diese Anwendung darf das Mikrofon nicht verwenden. Erlauben Sie es in den Systemeinstellungen (macOS: Systemeinstellungen › Datenschutz &amp; Sicherheit › Mikrofon; Windows: Einstellungen › Datenschutz › Mikrofon).</translation>
    </message>
    <message>
        <source>Web traffic goes through the proxy %1. Video calls need direct connections as well (TCP 443, and UDP 3478 or higher): ask IT to allow them next to the proxy.</source>
        <translation>Der Webverkehr läuft über den Proxy %1. Videoanrufe brauchen zusätzlich direkte Verbindungen (TCP 443 und UDP 3478 oder höher): Bitten Sie die IT, diese neben dem Proxy zu erlauben.</translation>
    </message>
    <message>
        <source>No STUN server is configured ([checks] stun_server), so UDP was not checked.</source>
        <translation>Es ist kein STUN-Server konfiguriert ([checks] stun_server); UDP wurde daher nicht geprüft.</translation>
    </message>
    <message>
        <source>No answer over UDP from the STUN server %1 (%2). Video calls still work over TCP 443, but with lower quality: ask IT to allow outgoing UDP to port %3 (better: ports 1025–65535).</source>
        <translation>Keine Antwort über UDP vom STUN-Server %1 (%2). Videoanrufe funktionieren weiterhin über TCP 443, aber in geringerer Qualität: Bitten Sie die IT, ausgehendes UDP zu Port %3 zu erlauben (besser: Ports 1025–65535).</translation>
    </message>
    <message>
        <source>The STUN server name %1 could not be looked up (%2). Check the network connection and the [checks] stun_server setting.</source>
        <translation>Der Name des STUN-Servers %1 konnte nicht aufgelöst werden (%2). Prüfen Sie die Netzwerkverbindung und die Einstellung [checks] stun_server.</translation>
    </message>
    <message>
        <source>These names could not be looked up (DNS): %1. Check the network connection and the DNS server, or ask IT whether the names are blocked.</source>
        <translation>Diese Namen konnten nicht aufgelöst werden (DNS): %1. Prüfen Sie die Netzwerkverbindung und den DNS-Server, oder fragen Sie die IT, ob die Namen gesperrt sind.</translation>
    </message>
    <message>
        <source>These connections were refused: %1. A firewall rejects them, or nothing answers on that port: ask IT to allow outgoing connections to them.</source>
        <translation>Diese Verbindungen wurden abgelehnt: %1. Eine Firewall weist sie zurück, oder auf diesem Port antwortet nichts: Bitten Sie die IT, ausgehende Verbindungen dorthin zu erlauben.</translation>
    </message>
    <message>
        <source>These hosts did not answer in time: %1. A firewall probably drops the traffic: ask IT to allow outgoing connections to them.</source>
        <translation>Diese Hosts haben nicht rechtzeitig geantwortet: %1. Wahrscheinlich verwirft eine Firewall den Verkehr: Bitten Sie die IT, ausgehende Verbindungen dorthin zu erlauben.</translation>
    </message>
    <message>
        <source>There is no route to these hosts: %1. Check that the terminal is connected to the network (cable or Wi-Fi).</source>
        <translation>Es gibt keine Route zu diesen Hosts: %1. Prüfen Sie, ob das Terminal mit dem Netzwerk verbunden ist (Kabel oder WLAN).</translation>
    </message>
    <message>
        <source>These connections failed: %1. Send this report to IT.</source>
        <translation>Diese Verbindungen sind fehlgeschlagen: %1. Senden Sie diesen Bericht an die IT.</translation>
    </message>
    <message>
        <source>No hosts are configured to check.</source>
        <translation>Es sind keine zu prüfenden Hosts konfiguriert.</translation>
    </message>
    <message>
        <source>The connection to %1 uses %2, but at least TLS %3 is required. A proxy or firewall that inspects encrypted traffic may be in between: ask IT to let this connection through unchanged, or to update it.</source>
        <translation>Die Verbindung zu %1 verwendet %2, erforderlich ist aber mindestens TLS %3. Möglicherweise liegt ein Proxy oder eine Firewall dazwischen, die verschlüsselten Verkehr untersucht: Bitten Sie die IT, diese Verbindung unverändert durchzulassen oder das Gerät zu aktualisieren.</translation>
    </message>
    <message>
        <source>No secure connection to %1 could be agreed (%2). A proxy or firewall that inspects encrypted traffic may be in between: ask IT to let this connection through unchanged.</source>
        <translation>Mit %1 konnte keine sichere Verbindung vereinbart werden (%2). Möglicherweise liegt ein Proxy oder eine Firewall dazwischen, die verschlüsselten Verkehr untersucht: Bitten Sie die IT, diese Verbindung unverändert durchzulassen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Check the terminal&apos;s date and time; if they are right, a proxy that inspects encrypted traffic is probably in between: ask IT.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). Prüfen Sie Datum und Uhrzeit des Terminals; stimmen sie, liegt wahrscheinlich ein Proxy dazwischen, der verschlüsselten Verkehr untersucht: Wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>The SRS host %1 could not be reached (%2). Check the network connection; ask IT to allow outgoing connections to it on port %3.</source>
        <translation>Der SRS-Host %1 war nicht erreichbar (%2). Prüfen Sie die Netzwerkverbindung; bitten Sie die IT, ausgehende Verbindungen dorthin auf Port %3 zu erlauben.</translation>
    </message>
    <message>
        <source>Training mode: the built-in simulator speaks plain HTTP on this computer, so there is no TLS connection to check. With SRS settings, the SRS host is checked.</source>
        <translation>Schulungsmodus: Der integrierte Simulator verwendet auf diesem Computer unverschlüsseltes HTTP, daher gibt es keine TLS-Verbindung zu prüfen. Mit SRS-Einstellungen wird der SRS-Host geprüft.</translation>
    </message>
    <message>
        <source>The built-in web browser could not run the check (%1). Web-based identification methods will not work: reinstall the application or send this report to support.</source>
        <translation>Der integrierte Webbrowser konnte die Prüfung nicht ausführen (%1). Webbasierte Identifikationsmethoden werden nicht funktionieren: Installieren Sie die Anwendung neu oder senden Sie diesen Bericht an den Support.</translation>
    </message>
    <message>
        <source>The built-in web browser could not use the camera and microphone (%1). Close other programs that use the camera, check the connections, and run the check again.</source>
        <translation>Der integrierte Webbrowser konnte Kamera und Mikrofon nicht verwenden (%1). Schliessen Sie andere Programme, welche die Kamera verwenden, prüfen Sie die Anschlüsse und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The built-in web browser gets only %1 pixels from the camera; video identification needs at least %2. Connect a better camera.</source>
        <translation>Der integrierte Webbrowser erhält von der Kamera nur %1 Pixel; die Video-Identifikation braucht mindestens %2. Schliessen Sie eine bessere Kamera an.</translation>
    </message>
    <message>
        <source>The browser&apos;s connection test found no public address through the STUN server %1: UDP seems blocked. Video calls fall back to TCP with lower quality: ask IT to allow outgoing UDP (port 3478, better 1025–65535).</source>
        <translation>Der Verbindungstest des Browsers hat über den STUN-Server %1 keine öffentliche Adresse gefunden: UDP scheint gesperrt. Videoanrufe weichen auf TCP aus, in geringerer Qualität: Bitten Sie die IT, ausgehendes UDP zu erlauben (Port 3478, besser 1025–65535).</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>ÜBERSPRUNGEN</translation>
    </message>
    <message>
        <source>SRS Branch Kiosk: terminal readiness report</source>
        <translation>SRS-Filialkiosk: Bericht zur Terminalbereitschaft</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>training (built-in simulator)</source>
        <translation>Schulung (integrierter Simulator)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Identification methods</source>
        <translation>Identifikationsmethoden</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NICHT BEREIT</translation>
    </message>
    <message>
        <source>blocked by</source>
        <translation>blockiert durch</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>No identification method is enabled.</source>
        <translation>Es ist keine Identifikationsmethode aktiviert.</translation>
    </message>
    <message>
        <source>%1 of %2 hosts reachable</source>
        <translation>%1 von %2 Hosts erreichbar</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 Geräte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The check did not finish within %1 s. The network or the device did not answer: check the cable or Wi-Fi and that nothing blocks this application, then run it again.</source>
        <translation>Die Prüfung wurde nicht innerhalb von %1 s abgeschlossen. Das Netzwerk oder das Gerät hat nicht geantwortet: Prüfen Sie Kabel oder WLAN und ob etwas diese Anwendung blockiert, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The check itself failed (%1). Run it again; if it keeps failing, send the report to support.</source>
        <translation>Die Prüfung selbst ist fehlgeschlagen (%1). Führen Sie sie erneut aus; schlägt sie weiterhin fehl, senden Sie den Bericht an den Support.</translation>
    </message>
    <message>
        <source>The download speed is %1 MB/s (measured with %3); video identification needs at least %2 MB/s. Check whether other devices or downloads load the connection, or ask IT for a faster line.</source>
        <translation>Die Download-Geschwindigkeit beträgt %1 MB/s (gemessen mit %3); die Video-Identifikation braucht mindestens %2 MB/s. Prüfen Sie, ob andere Geräte oder Downloads die Verbindung belasten, oder verlangen Sie bei der IT eine schnellere Leitung.</translation>
    </message>
    <message>
        <source>The upload speed is %1 MB/s (measured with %3); video identification needs at least %2 MB/s. Check whether other devices or uploads load the connection, or ask IT for a faster line.</source>
        <translation>Die Upload-Geschwindigkeit beträgt %1 MB/s (gemessen mit %3); die Video-Identifikation braucht mindestens %2 MB/s. Prüfen Sie, ob andere Geräte oder Uploads die Verbindung belasten, oder verlangen Sie bei der IT eine schnellere Leitung.</translation>
    </message>
    <message>
        <source>The speed test is switched off ([checks] bandwidth_url = &quot;&quot;), so the speed was not measured.</source>
        <translation>Der Geschwindigkeitstest ist ausgeschaltet ([checks] bandwidth_url = &quot;&quot;); die Geschwindigkeit wurde daher nicht gemessen.</translation>
    </message>
    <message>
        <source>The speed test endpoint %1 could not be used (%2). Check the network connection; ask IT to allow outgoing %3 to %4, or set [checks] bandwidth_url to a working speed test.</source>
        <translation>Der Endpunkt für den Geschwindigkeitstest %1 konnte nicht verwendet werden (%2). Prüfen Sie die Netzwerkverbindung; bitten Sie die IT, ausgehendes %3 zu %4 zu erlauben, oder setzen Sie [checks] bandwidth_url auf einen funktionierenden Geschwindigkeitstest.</translation>
    </message>
    <message>
        <source>The speed test endpoint %1 refused the test: it answered %2. No speed was measured. If a proxy or filter answered instead, ask IT to allow outgoing %3 to %4; otherwise set [checks] bandwidth_url to a working speed test.</source>
        <translation>Der Endpunkt für den Geschwindigkeitstest %1 hat den Test abgelehnt: Er antwortete %2. Es wurde keine Geschwindigkeit gemessen. Falls stattdessen ein Proxy oder Filter geantwortet hat, bitten Sie die IT, ausgehendes %3 zu %4 zu erlauben; andernfalls setzen Sie [checks] bandwidth_url auf einen funktionierenden Geschwindigkeitstest.</translation>
    </message>
    <message>
        <source>No peer for non-TLS traffic over port 443 is configured ([checks] non_tls_peer: a STUN or TURN server listening on plain TCP 443), so this was not checked.</source>
        <translation>Es ist keine Gegenstelle für Nicht-TLS-Verkehr über Port 443 konfiguriert ([checks] non_tls_peer: ein STUN- oder TURN-Server, der auf unverschlüsseltem TCP 443 lauscht); dies wurde daher nicht geprüft.</translation>
    </message>
    <message>
        <source>The connection to %1 on TCP port %2 opened, but %3 when it carried non-TLS traffic (a STUN request). A firewall or proxy on the way probably lets only TLS (HTTPS) through port %2; video calls need other traffic over it too. Ask IT to allow all outgoing TCP traffic to port %2 (not only TLS/HTTPS), at least to %1 and the video provider&apos;s hosts.</source>
        <translation>Die Verbindung zu %1 auf TCP-Port %2 wurde geöffnet, scheiterte aber bei Nicht-TLS-Verkehr (einer STUN-Anfrage): %3. Eine Firewall oder ein Proxy auf dem Weg lässt über Port %2 wahrscheinlich nur TLS (HTTPS) durch; Videoanrufe brauchen darüber auch anderen Verkehr. Bitten Sie die IT, allen ausgehenden TCP-Verkehr zu Port %2 zu erlauben (nicht nur TLS/HTTPS), mindestens zu %1 und zu den Hosts des Videoanbieters.</translation>
    </message>
    <message>
        <source>The non-TLS test peer %1 could not be reached (%2). Check the network connection and the [checks] non_tls_peer setting; ask IT to allow outgoing TCP port %3 to %4.</source>
        <translation>Die Nicht-TLS-Testgegenstelle %1 war nicht erreichbar (%2). Prüfen Sie die Netzwerkverbindung und die Einstellung [checks] non_tls_peer; bitten Sie die IT, ausgehende Verbindungen auf TCP-Port %3 zu %4 zu erlauben.</translation>
    </message>
    <message>
        <source>No secure connection could be opened to these video hosts: %1. Ask IT to allow outgoing TCP (HTTPS/TLS) to each of them on the port shown (443 for the provider&apos;s hosts).</source>
        <translation>Zu diesen Video-Hosts konnte keine sichere Verbindung geöffnet werden: %1. Bitten Sie die IT, ausgehendes TCP (HTTPS/TLS) zu jedem von ihnen auf dem angezeigten Port zu erlauben (443 für die Hosts des Anbieters).</translation>
    </message>
    <message>
        <source>TLS %1 or newer could not be agreed with these video hosts: %2. A proxy or firewall that inspects encrypted traffic is probably in between: ask IT to let TCP to each of them on the port shown through unchanged (TLS %1 or newer, not inspected).</source>
        <translation>Mit diesen Video-Hosts konnte kein TLS %1 oder neuer vereinbart werden: %2. Wahrscheinlich liegt ein Proxy oder eine Firewall dazwischen, die verschlüsselten Verkehr untersucht: Bitten Sie die IT, TCP zu jedem von ihnen auf dem angezeigten Port unverändert durchzulassen (TLS %1 oder neuer, nicht untersucht).</translation>
    </message>
    <message>
        <source>No video host to check: no enabled method uses one, or training mode (the built-in simulator plays the video provider).</source>
        <translation>Kein Video-Host zu prüfen: Keine aktivierte Methode verwendet einen, oder es läuft der Schulungsmodus (der integrierte Simulator ersetzt den Videoanbieter).</translation>
    </message>
    <message>
        <source>No STUN server on a high UDP port is configured ([checks] udp_high_peer), so UDP ports 1025–65535 were not checked.</source>
        <translation>Es ist kein STUN-Server auf einem hohen UDP-Port konfiguriert ([checks] udp_high_peer); die UDP-Ports 1025–65535 wurden daher nicht geprüft.</translation>
    </message>
    <message>
        <source>No answer over UDP port %1 from the STUN server %2 (%3). Video calls work without it, with lower quality: for the best experience, ask IT to allow outgoing UDP to ports 1025–65535 (the guide&apos;s recommendation), at least to %2 on UDP port %1.</source>
        <translation>Keine Antwort über UDP-Port %1 vom STUN-Server %2 (%3). Videoanrufe funktionieren auch ohne, aber in geringerer Qualität: Für die beste Qualität bitten Sie die IT, ausgehendes UDP zu den Ports 1025–65535 zu erlauben (Empfehlung des Leitfadens), mindestens zu %2 auf UDP-Port %1.</translation>
    </message>
    <message>
        <source>The STUN server name %1 could not be looked up (%2). Check the network connection and the [checks] udp_high_peer setting.</source>
        <translation>Der Name des STUN-Servers %1 konnte nicht aufgelöst werden (%2). Prüfen Sie die Netzwerkverbindung und die Einstellung [checks] udp_high_peer.</translation>
    </message>
    <message>
        <source>No WebSocket connection to %1 (%2). Video calls need it for signalling: ask IT to allow outgoing TCP port %3 to %4 including WebSocket upgrades (%5), also through any proxy.</source>
        <translation>Keine WebSocket-Verbindung zu %1 (%2). Videoanrufe brauchen sie für die Signalisierung: Bitten Sie die IT, ausgehende Verbindungen auf TCP-Port %3 zu %4 samt WebSocket-Upgrades (%5) zu erlauben, auch über allfällige Proxys.</translation>
    </message>
    <message>
        <source>No plain WebSocket connection to %1 (%2). Video calls still work over WSS on port 443; for the fallback, ask IT to allow outgoing TCP port %3 to %4 including WebSocket upgrades (%5).</source>
        <translation>Keine unverschlüsselte WebSocket-Verbindung zu %1 (%2). Videoanrufe funktionieren weiterhin über WSS auf Port 443; für die Ausweichverbindung bitten Sie die IT, ausgehende Verbindungen auf TCP-Port %3 zu %4 samt WebSocket-Upgrades (%5) zu erlauben.</translation>
    </message>
    <message>
        <source>No WebSocket address to check: no enabled method uses one, or training mode.</source>
        <translation>Keine WebSocket-Adresse zu prüfen: Keine aktivierte Methode verwendet eine, oder es läuft der Schulungsmodus.</translation>
    </message>
</context>
<context>
    <name>ReadinessReasons</name>
    <message numerus="yes">
        <source>This terminal cannot run it now: %1 failed the readiness check (see Staff → Diagnosis).</source>
        <translation>
            <numerusform>Dieses Terminal kann sie zurzeit nicht durchführen: %1 hat die Bereitschaftsprüfung nicht bestanden (siehe Personal → Diagnose).</numerusform>
            <numerusform>Dieses Terminal kann sie zurzeit nicht durchführen: %1 haben die Bereitschaftsprüfung nicht bestanden (siehe Personal → Diagnose).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>The provider could not accept this identification for security reasons.</source>
        <translation>Der Anbieter konnte diese Identifikation aus Sicherheitsgründen nicht annehmen.</translation>
    </message>
    <message>
        <source>The picture or sound was not good enough to identify you.</source>
        <translation>Bild oder Ton waren nicht gut genug, um Sie zu identifizieren.</translation>
    </message>
    <message>
        <source>The details given did not match your ID document.</source>
        <translation>Die Angaben stimmten nicht mit Ihrem Ausweisdokument überein.</translation>
    </message>
    <message>
        <source>The time for the identification ran out.</source>
        <translation>Die Zeit für die Identifikation ist abgelaufen.</translation>
    </message>
    <message>
        <source>Your ID document could not be checked.</source>
        <translation>Ihr Ausweisdokument konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The identification was stopped before it was finished.</source>
        <translation>Die Identifikation wurde abgebrochen, bevor sie abgeschlossen war.</translation>
    </message>
    <message>
        <source>The login at your bank or in the app did not work.</source>
        <translation>Die Anmeldung bei Ihrer Bank oder in der App hat nicht funktioniert.</translation>
    </message>
    <message>
        <source>This identification method cannot be used with your bank or device.</source>
        <translation>Diese Identifikationsmethode kann mit Ihrer Bank oder Ihrem Gerät nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The provider could not confirm your identity.</source>
        <translation>Der Anbieter konnte Ihre Identität nicht bestätigen.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>An unexpected error occurred; the kiosk recovered. Details in the log: %1</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten; der Kiosk hat sich wieder erholt. Details im Protokoll: %1</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Finish</source>
        <translation>Abschliessen</translation>
    </message>
    <message>
        <source>Finish and wipe the session</source>
        <translation>Abschliessen und Sitzung löschen</translation>
    </message>
    <message>
        <source>Start a new identification</source>
        <translation>Neue Identifikation starten</translation>
    </message>
    <message>
        <source>Start a new identification with the same details</source>
        <translation>Neue Identifikation mit denselben Angaben starten</translation>
    </message>
    <message>
        <source>Open the SMS sent to %1 and accept the terms.</source>
        <translation>Öffnen Sie die SMS, die an %1 gesendet wurde, und akzeptieren Sie die Nutzungsbedingungen.</translation>
    </message>
    <message>
        <source>Open the SMS sent to your mobile phone and accept the terms.</source>
        <translation>Öffnen Sie die SMS auf Ihrem Mobiltelefon und akzeptieren Sie die Nutzungsbedingungen.</translation>
    </message>
    <message>
        <source>Correct the details and start again</source>
        <translation>Angaben korrigieren und neu starten</translation>
    </message>
    <message>
        <source>Back to the details to correct them, then start again</source>
        <translation>Zurück zu den Angaben, um sie zu korrigieren und dann neu zu starten</translation>
    </message>
    <message>
        <source>Choose another method</source>
        <translation>Andere Methode wählen</translation>
    </message>
    <message>
        <source>✓ Identification confirmed</source>
        <translation>✓ Identifikation bestätigt</translation>
    </message>
    <message>
        <source>Mobile number: %1</source>
        <translation>Mobiltelefonnummer: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <source>The customer can now sign with this mobile number (Mobile ID, or password and SMS code).</source>
        <translation>Die Kundin oder der Kunde kann jetzt mit dieser Mobiltelefonnummer signieren (Mobile ID oder Passwort und SMS-Code).</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Abbruch nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>SessionWebView</name>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Meldung schliessen</translation>
    </message>
    <message>
        <source>Downloads are not possible at this terminal.</source>
        <translation>An diesem Terminal sind keine Downloads möglich.</translation>
    </message>
    <message>
        <source>Files cannot be chosen or opened at this terminal.</source>
        <translation>An diesem Terminal können keine Dateien ausgewählt oder geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>SettingsProblem</name>
    <message>
        <source>Fill in all four SRS fields, or none for training mode.</source>
        <translation>Füllen Sie alle vier SRS-Felder aus oder keines für den Schulungsmodus.</translation>
    </message>
    <message>
        <source>Enable at least one method.</source>
        <translation>Aktivieren Sie mindestens eine Methode.</translation>
    </message>
    <message>
        <source>Enter the current PIN to change it.</source>
        <translation>Geben Sie die aktuelle PIN ein, um sie zu ändern.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter the client secret given with the client ID.</source>
        <translation>Geben Sie das Client-Secret ein, das Sie mit der Client-ID erhalten haben.</translation>
    </message>
    <message>
        <source>The token address changed: enter the client secret again.</source>
        <translation>Die Token-Adresse wurde geändert: Geben Sie das Client-Secret erneut ein.</translation>
    </message>
    <message>
        <source>The host of the SRS API address changed: enter the client secret again.</source>
        <translation>Der Host der Adresse der SRS-API wurde geändert: Geben Sie das Client-Secret erneut ein.</translation>
    </message>
    <message>
        <source>The host of the RA service address changed: enter the client secret again.</source>
        <translation>Der Host der Adresse des RA-Service wurde geändert: Geben Sie das Client-Secret erneut ein.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only for a service on this computer (127.0.0.1, ::1, localhost), for training and tests.</source>
        <translation>Verwenden Sie https://. Unverschlüsseltes http:// ist nur für einen Dienst auf diesem Computer zulässig (127.0.0.1, ::1, localhost), für Schulung und Tests.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https:// (or http:// for a service on this computer).</source>
        <translation>Geben Sie eine vollständige Webadresse ein, die mit https:// beginnt (oder http:// für einen Dienst auf diesem Computer).</translation>
    </message>
    <message>
        <source>Use at most 100 characters, on one line.</source>
        <translation>Verwenden Sie höchstens 100 Zeichen, auf einer einzigen Zeile.</translation>
    </message>
    <message>
        <source>Too light for the white text on it: choose a darker colour (a contrast of at least 4.5:1).</source>
        <translation>Zu hell für den weissen Text darauf: Wählen Sie eine dunklere Farbe (Kontrast von mindestens 4,5:1).</translation>
    </message>
    <message>
        <source>Write the colour as #rrggbb, e.g. #0b5cad.</source>
        <translation>Geben Sie die Farbe als #rrggbb an, z. B. #0b5cad.</translation>
    </message>
    <message>
        <source>This file is not a picture, only its name ends in .svg or .png: export the logo again as SVG or PNG.</source>
        <translation>Diese Datei ist kein Bild, nur ihr Name endet auf .svg oder .png: das Logo erneut als SVG oder PNG exportieren.</translation>
    </message>
    <message>
        <source>Give the full path of an existing SVG or PNG file.</source>
        <translation>Geben Sie den vollständigen Pfad einer vorhandenen SVG- oder PNG-Datei an.</translation>
    </message>
    <message>
        <source>Use at most 80 characters, on one line.</source>
        <translation>Verwenden Sie höchstens 80 Zeichen, auf einer einzigen Zeile.</translation>
    </message>
    <message>
        <source>Use at most 300 characters, on one line.</source>
        <translation>Verwenden Sie höchstens 300 Zeichen, auf einer einzigen Zeile.</translation>
    </message>
    <message>
        <source>Choose between 15 and 3600 seconds.</source>
        <translation>Wählen Sie einen Wert zwischen 15 und 3600 Sekunden.</translation>
    </message>
    <message>
        <source>The kiosk cannot read this picture.</source>
        <translation>Der Kiosk kann dieses Bild nicht lesen.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Nothing was saved: correct the marked fields.</source>
        <translation>Es wurde nichts gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved to %1. The new settings apply now.</source>
        <translation>Gespeichert unter %1. Die neuen Einstellungen gelten ab sofort.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Smart Registration Service</source>
        <translation>Smart Registration Service</translation>
    </message>
    <message>
        <source>Methods and presets</source>
        <translation>Methoden und Vorauswahlen</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Change the staff PIN</source>
        <translation>Personal-PIN ändern</translation>
    </message>
    <message>
        <source>Support and billing</source>
        <translation>Support und Abrechnung</translation>
    </message>
    <message>
        <source>Bank branding</source>
        <translation>Erscheinungsbild der Bank</translation>
    </message>
    <message>
        <source>SRS API address</source>
        <translation>Adresse der SRS-API</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>Token-Adresse</translation>
    </message>
    <message>
        <source>RA service address</source>
        <translation>Adresse des RA-Service</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Idle timeout (seconds)</source>
        <translation>Zeitlimit bei Inaktivität (Sekunden)</translation>
    </message>
    <message>
        <source>Default customer language</source>
        <translation>Standardsprache der Kundschaft</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Staff language</source>
        <translation>Sprache des Personals</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <source>PRO-Nr</source>
        <translation>PRO-Nr.</translation>
    </message>
    <message>
        <source>Branch support contact</source>
        <translation>Support-Kontakt der Filiale</translation>
    </message>
    <message>
        <source>Default External ID</source>
        <translation>Externe ID (Standardwert)</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Name der Bank</translation>
    </message>
    <message>
        <source>Logo file (SVG or PNG)</source>
        <translation>Logodatei (SVG oder PNG)</translation>
    </message>
    <message>
        <source>Button colour</source>
        <translation>Farbe der Schaltflächen</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>The language of the staff screens; customers choose their own on the start screen.</source>
        <translation>Die Sprache der Personal-Bildschirme; die Kundschaft wählt ihre eigene auf dem Startbildschirm.</translation>
    </message>
    <message>
        <source>Same as the default language</source>
        <translation>Wie die Standardsprache</translation>
    </message>
    <message>
        <source>stored in the OS keyring; leave empty to keep it</source>
        <translation>im Schlüsselbund des Betriebssystems gespeichert; leer lassen, um es beizubehalten</translation>
    </message>
    <message>
        <source>none stored yet: enter the one given with the client ID</source>
        <translation>noch keines gespeichert: Geben Sie das mit der Client-ID erhaltene ein</translation>
    </message>
    <message>
        <source>Staff PIN changed. Saved to %1. The new settings apply now.</source>
        <translation>Personal-PIN geändert. Gespeichert unter %1. Die neuen Einstellungen gelten ab sofort.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Staff screens close after (seconds)</source>
        <translation>Mitarbeiteransichten schliessen nach (Sekunden)</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Aktuelle PIN</translation>
    </message>
    <message>
        <source>Without a touch for this long, a staff screen closes; unsaved changes are lost.</source>
        <translation>Ohne Berührung während dieser Zeit schliesst eine Mitarbeiteransicht; nicht gespeicherte Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>your number for the Swisscom Service Desk</source>
        <translation>Ihre Nummer für den Swisscom Service Desk</translation>
    </message>
    <message>
        <source>name, phone, e-mail</source>
        <translation>Name, Telefon, E-Mail</translation>
    </message>
    <message>
        <source>for billing; staff can change it per order</source>
        <translation>für die Abrechnung; das Personal kann sie pro Auftrag ändern</translation>
    </message>
    <message>
        <source>#rrggbb, dark enough for white text; empty: the kiosk&apos;s own</source>
        <translation>#rrggbb, dunkel genug für weissen Text; leer: Standardfarbe des Kiosks</translation>
    </message>
    <message>
        <source>Leave all SRS fields empty for training mode (the built-in simulator).</source>
        <translation>Lassen Sie alle SRS-Felder leer für den Schulungsmodus (integrierter Simulator).</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Presets offered on the method choice:</source>
        <translation>Bei der Methodenwahl angebotene Vorauswahlen:</translation>
    </message>
    <message>
        <source>Offer preset %1</source>
        <translation>Vorauswahl %1 anbieten</translation>
    </message>
    <message>
        <source>Use the notice for the additional AML contract</source>
        <translation>Hinweis für den zusätzlichen GwG-Vertrag verwenden</translation>
    </message>
    <message>
        <source>Larger text on every screen</source>
        <translation>Grössere Schrift auf allen Bildschirmen</translation>
    </message>
    <message>
        <source>On-screen keyboard for every field</source>
        <translation>Bildschirmtastatur für alle Felder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Einstellungen schliessen</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schliessen ohne zu speichern</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
</context>
<context>
    <name>SrsError</name>
    <message>
        <source>The SRS refused the kiosk&apos;s access. Ask IT to check the client ID and secret in the settings.</source>
        <translation>Der SRS hat dem Kiosk den Zugang verweigert. Lassen Sie die IT die Client-ID und das Secret in den Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>The SRS has no confirmed evidence for this mobile number yet. Try again later.</source>
        <translation>Der SRS hat für diese Mobilnummer noch keinen bestätigten Nachweis. Versuchen Sie es später nochmals.</translation>
    </message>
    <message>
        <source>The SRS does not know this order or method. Check the reference ID, or start a new identification.</source>
        <translation>Der SRS kennt diesen Auftrag oder diese Methode nicht. Prüfen Sie die Referenz-ID oder starten Sie eine neue Identifikation.</translation>
    </message>
    <message>
        <source>Some details were refused. Correct them and try again.</source>
        <translation>Einige Angaben wurden abgelehnt. Korrigieren Sie diese und versuchen Sie es nochmals.</translation>
    </message>
    <message>
        <source>The order&apos;s current state does not allow this. Refresh to see its status.</source>
        <translation>Der aktuelle Stand des Auftrags lässt das nicht zu. Aktualisieren Sie, um den Status zu sehen.</translation>
    </message>
    <message>
        <source>The SRS cannot be reached right now. Check the network connection and try again in a moment.</source>
        <translation>Der SRS-Dienst ist im Moment nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es gleich nochmals.</translation>
    </message>
    <message>
        <source>The SRS sent an answer the kiosk does not understand. Try again; if it happens again, call support.</source>
        <translation>Der SRS hat eine Antwort geschickt, die der Kiosk nicht versteht. Versuchen Sie es nochmals; wenn es wieder passiert, rufen Sie den Support an.</translation>
    </message>
    <message>
        <source>This order is no longer in the kiosk&apos;s journal. Refresh the list.</source>
        <translation>Dieser Auftrag ist nicht mehr im Journal des Kiosks. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>A file on this terminal could not be read or written.</source>
        <translation>Eine Datei auf diesem Terminal konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, call support.</source>
        <translation>Etwas ist schiefgelaufen. Versuchen Sie es nochmals; wenn es wieder passiert, rufen Sie den Support an.</translation>
    </message>
    <message>
        <source>The SRS answered with a server error. Try again in a moment.</source>
        <translation>Der SRS hat mit einem Serverfehler geantwortet. Versuchen Sie es gleich nochmals.</translation>
    </message>
    <message>
        <source>The SRS is busy. Try again in a moment.</source>
        <translation>Der SRS ist ausgelastet. Versuchen Sie es gleich nochmals.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>StaffDetail</name>
    <message>
        <source>For staff: the start failed. %1</source>
        <translation>Für das Personal: Der Start ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>For staff: the cancel failed. %1</source>
        <translation>Für das Personal: Der Abbruch ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>For staff: this terminal cannot run this method now; nothing was sent. %1</source>
        <translation>Für das Personal: Dieses Terminal kann diese Methode zurzeit nicht durchführen; es wurde nichts gesendet. %1</translation>
    </message>
    <message>
        <source>For staff: order %1 ended %2; the provider&apos;s reason: %3</source>
        <translation>Für das Personal: Auftrag %1 beendet (%2); Grund des Anbieters: %3</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Order dashboard</source>
        <translation>Auftragsübersicht</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Terminal readiness (diagnosis)</source>
        <translation>Terminalbereitschaft (Diagnose)</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlassen</translation>
    </message>
    <message>
        <source>Return to kiosk mode</source>
        <translation>Zum Kioskmodus zurückkehren</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Kiosk beenden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Close the staff menu</source>
        <translation>Personalmenü schliessen</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>StaffStrip</name>
    <message>
        <source>For staff</source>
        <translation>Für das Personal</translation>
    </message>
    <message>
        <source>SRS status: %1</source>
        <translation>SRS-Status: %1</translation>
    </message>
    <message>
        <source>Ref-ID: %1</source>
        <translation>Ref-ID: %1</translation>
    </message>
    <message>
        <source>Order ID: %1</source>
        <translation>Auftrags-ID: %1</translation>
    </message>
    <message>
        <source>Mobile token: %1</source>
        <translation>Mobile-Token: %1</translation>
    </message>
    <message>
        <source>Session token: %1</source>
        <translation>Sitzungs-Token: %1</translation>
    </message>
    <message>
        <source>Evidence ID: %1</source>
        <translation>Nachweis-ID: %1</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Support: %1</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>SRS Branch Kiosk</source>
        <translation>SRS-Filialkiosk</translation>
    </message>
    <message>
        <source>The kiosk cannot start</source>
        <translation>Der Kiosk kann nicht starten</translation>
    </message>
    <message>
        <source>The order journal cannot be used: %1</source>
        <translation>Das Auftragsjournal kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>No identification can be started until IT repairs or replaces the journal file; then start the kiosk again. Details in the log: %1</source>
        <translation>Es kann keine Identifikation gestartet werden, bis die IT die Datei des Auftragsjournals repariert oder ersetzt hat; starten Sie den Kiosk danach neu. Details im Protokoll: %1</translation>
    </message>
    <message>
        <source>The settings cannot be used: %1</source>
        <translation>Die Einstellungen sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No identification can be started until IT corrects the settings; then start the kiosk again. Details in the log: %1</source>
        <translation>Bis die IT die Einstellungen korrigiert, kann keine Identifizierung gestartet werden; danach den Kiosk neu starten. Einzelheiten im Protokoll: %1</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Identification in progress</source>
        <translation>Identifikation läuft</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Identifikation abbrechen</translation>
    </message>
    <message>
        <source>Open the SMS sent to your mobile phone and accept the terms.</source>
        <translation>Öffnen Sie die SMS auf Ihrem Mobiltelefon und akzeptieren Sie die Nutzungsbedingungen.</translation>
    </message>
    <message>
        <source>Open the SMS sent to %1 and accept the terms.</source>
        <translation>Öffnen Sie die SMS, die an %1 gesendet wurde, und akzeptieren Sie die Nutzungsbedingungen.</translation>
    </message>
    <message>
        <source>Finish the identification on your phone.</source>
        <translation>Schliessen Sie die Identifikation auf Ihrem Mobiltelefon ab.</translation>
    </message>
    <message>
        <source>Finish the identification on your phone or on this screen.</source>
        <translation>Schliessen Sie die Identifikation auf Ihrem Mobiltelefon oder auf diesem Bildschirm ab.</translation>
    </message>
    <message>
        <source>Nothing to do for you now: the provider checks your identification. You may leave; the kiosk keeps following it.</source>
        <translation>Sie müssen jetzt nichts mehr tun: Der Anbieter prüft Ihre Identifikation. Sie können gehen; der Kiosk verfolgt sie weiter.</translation>
    </message>
    <message>
        <source>The SMS may take a minute or two. No SMS? Ask the staff.</source>
        <translation>Die SMS kann ein bis zwei Minuten dauern. Keine SMS erhalten? Wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the identification</source>
        <translation>Zurück zur Identifikation</translation>
    </message>
    <message>
        <source>End here: the identification goes on</source>
        <translation>Hier beenden: Die Identifikation läuft weiter</translation>
    </message>
    <message>
        <source>End here and clear this screen: the identification goes on and is not cancelled</source>
        <translation>Hier beenden und diese Ansicht leeren: Die Identifikation läuft weiter und wird nicht abgebrochen</translation>
    </message>
    <message>
        <source>Ending here clears your details from this screen. Your identification is not cancelled: it goes on, and the kiosk keeps following it.</source>
        <translation>Wenn Sie hier beenden, werden Ihre Angaben von diesem Bildschirm gelöscht. Ihre Identifikation wird nicht abgebrochen: Sie läuft weiter, und der Kiosk verfolgt sie weiterhin.</translation>
    </message>
    <message>
        <source>One last step</source>
        <translation>Ein letzter Schritt</translation>
    </message>
    <message>
        <source>Tip: activate Mobile ID (the Mobile ID app or your SIM card) before you sign: then signing takes one tap. Without it you sign with a password and a code by SMS.</source>
        <translation>Tipp: Aktivieren Sie Mobile ID (die Mobile ID App oder Ihre SIM-Karte), bevor Sie signieren: Dann genügt zum Signieren ein einziges Antippen. Ohne Mobile ID signieren Sie mit einem Passwort und einem Code per SMS.</translation>
    </message>
    <message>
        <source>Checking the evidence with the registration service…</source>
        <translation>Der Nachweis wird beim Registrierungsdienst geprüft…</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>choosing the method</source>
        <translation>Methodenwahl</translation>
    </message>
    <message>
        <source>your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>your consent</source>
        <translation>Ihre Einwilligung</translation>
    </message>
    <message>
        <source>your identification</source>
        <translation>Ihre Identifikation</translation>
    </message>
    <message>
        <source>done</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, almost done</source>
        <translation>Schritt %1 von %2: %3, fast fertig</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, about %n minute(s) left</source>
        <translation>Schritt %1 von %2: %3, noch etwa %n Min.</translation>
    </message>
</context>
<context>
    <name>SupportCard</name>
    <message>
        <source>Authentication to SRS and requests (target URL, Ref-ID, Order ID)</source>
        <translation>Authentifizierung beim SRS und Anfragen (Ziel-URL, Ref-ID, Auftrags-ID)</translation>
    </message>
    <message>
        <source>Swisscom Service Desk with PRO-Nr (Ref-ID, Order ID, method used, problem description, time)</source>
        <translation>Swisscom Service Desk mit PRO-Nr. (Ref-ID, Auftrags-ID, verwendete Methode, Problembeschreibung, Zeitpunkt)</translation>
    </message>
    <message>
        <source>Leading the customer to the identification (target URL, identity data)</source>
        <translation>Weiterleitung der Kundin oder des Kunden zur Identifikation (Ziel-URL, Identitätsdaten)</translation>
    </message>
    <message>
        <source>Service Provider Support (this branch&apos;s IT)</source>
        <translation>Service Provider Support (IT dieser Filiale)</translation>
    </message>
    <message>
        <source>The identification itself at the identification provider</source>
        <translation>Die Identifikation selbst beim Identifikationsanbieter</translation>
    </message>
    <message>
        <source>Identification Service Provider via the Swisscom Service Desk with PRO-Nr (Ref-ID, Order ID, method used, problem description, time)</source>
        <translation>Identifikationsanbieter über den Swisscom Service Desk mit PRO-Nr. (Ref-ID, Auftrags-ID, verwendete Methode, Problembeschreibung, Zeitpunkt)</translation>
    </message>
    <message>
        <source>Following the order until the identification is successful (status checking)</source>
        <translation>Verfolgen des Auftrags bis zur erfolgreichen Identifikation (Statusabfrage)</translation>
    </message>
    <message>
        <source>Evidence at the RA service, SMS for the terms and conditions, declaration of will</source>
        <translation>Nachweis beim RA-Service, SMS für die Nutzungsbedingungen, Willenserklärung</translation>
    </message>
    <message>
        <source>Swisscom Service Desk with PRO-Nr (Ref-ID, identification method used, MSISDN, evidence ID, problem description, contact)</source>
        <translation>Swisscom Service Desk mit PRO-Nr. (Ref-ID, verwendete Identifikationsmethode, MSISDN, Nachweis-ID, Problembeschreibung, Kontakt)</translation>
    </message>
    <message>
        <source>SRS support card</source>
        <translation>SRS-Supportkarte</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Prozessschritt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Branch contact</source>
        <translation>Kontakt der Filiale</translation>
    </message>
    <message>
        <source>Evidence ID</source>
        <translation>Nachweis-ID</translation>
    </message>
    <message>
        <source>Mobile token / session token</source>
        <translation>Mobile-Token / Sitzungs-Token</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>Problembeschreibung</translation>
    </message>
    <message>
        <source>none (the SRS gave no number)</source>
        <translation>keine (der SRS gab keine Nummer an)</translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>Asking the SRS for the mobile number…</source>
        <translation>Die Mobiltelefonnummer wird beim SRS abgefragt…</translation>
    </message>
    <message>
        <source>The mobile number could not be fetched: %1</source>
        <translation>Die Mobiltelefonnummer konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>(not set: Settings, Support and billing)</source>
        <translation>(nicht festgelegt: Einstellungen, Support und Abrechnung)</translation>
    </message>
    <message>
        <source>(asking the SRS…)</source>
        <translation>(Abfrage beim SRS…)</translation>
    </message>
    <message>
        <source>The support card is on the clipboard.</source>
        <translation>Die Supportkarte ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>Support card</source>
        <translation>Supportkarte</translation>
    </message>
    <message>
        <source>Back to the order dashboard</source>
        <translation>Zurück zur Auftragsübersicht</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Prozessschritt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>PRO-Nr</source>
        <translation>PRO-Nr.</translation>
    </message>
    <message>
        <source>Branch contact</source>
        <translation>Kontakt der Filiale</translation>
    </message>
    <message>
        <source>Ref-ID</source>
        <translation>Ref-ID</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>MSISDN</source>
        <translation>MSISDN</translation>
    </message>
    <message>
        <source>Mobile token / session token</source>
        <translation>Mobile-Token / Sitzungs-Token</translation>
    </message>
    <message>
        <source>Evidence ID</source>
        <translation>Nachweis-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>Problembeschreibung</translation>
    </message>
    <message>
        <source>What happened, what the customer saw, when…</source>
        <translation>Was ist passiert, was hat die Kundin oder der Kunde gesehen, wann…</translation>
    </message>
    <message>
        <source>Export as text</source>
        <translation>Als Text exportieren</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>The support card is on the clipboard until you leave this screen.</source>
        <translation>Die Supportkarte liegt in der Zwischenablage, bis Sie diese Ansicht verlassen.</translation>
    </message>
    <message>
        <source>Copy the support card</source>
        <translation>Supportkarte kopieren</translation>
    </message>
    <message>
        <source>The support card could not be saved. %1</source>
        <translation>Die Support-Karte konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Export the support card as text</source>
        <translation>Supportkarte als Text exportieren</translation>
    </message>
    <message>
        <source>Export the support card as JSON</source>
        <translation>Supportkarte als JSON exportieren</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Initialized</source>
        <translation>Initialisiert</translation>
    </message>
    <message>
        <source>Identification done</source>
        <translation>Identifikation durchgeführt</translation>
    </message>
    <message>
        <source>Data ready</source>
        <translation>Daten bereit</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Nicht identifiziert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Check that every name and the date of birth match the ID document exactly (all first names, accents), then start again with the corrected details.</source>
        <translation>Prüfen Sie, ob alle Namen und das Geburtsdatum genau mit dem Ausweisdokument übereinstimmen (alle Vornamen, Akzente), und starten Sie dann mit den korrigierten Angaben neu.</translation>
    </message>
    <message>
        <source>The identification was cancelled</source>
        <translation>Die Identifikation wurde abgebrochen</translation>
    </message>
    <message>
        <source>Identified, but not confirmed yet</source>
        <translation>Identifiziert, aber noch nicht bestätigt</translation>
    </message>
    <message>
        <source>The identification did not succeed</source>
        <translation>Die Identifikation war nicht erfolgreich</translation>
    </message>
    <message>
        <source>Please speak with the staff.</source>
        <translation>Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <source>The session ran out before the identification was finished. Start a new identification: it issues a new link.</source>
        <translation>Die Sitzung ist abgelaufen, bevor die Identifikation abgeschlossen war. Starten Sie eine neue Identifikation: Sie erhält einen neuen Link.</translation>
    </message>
    <message>
        <source>The provider could not finish the identification. Check light, camera and microphone, then start a new identification. If it fails again, call support with the reference ID.</source>
        <translation>Der Anbieter konnte die Identifikation nicht abschliessen. Prüfen Sie Licht, Kamera und Mikrofon und starten Sie dann eine neue Identifikation. Schlägt sie erneut fehl, rufen Sie den Support mit der Referenz-ID an.</translation>
    </message>
    <message>
        <source>Start a new identification and log in again, or choose another identification method.</source>
        <translation>Starten Sie eine neue Identifikation und melden Sie sich erneut an, oder wählen Sie eine andere Identifikationsmethode.</translation>
    </message>
    <message>
        <source>Choose another identification method.</source>
        <translation>Wählen Sie eine andere Identifikationsmethode.</translation>
    </message>
    <message>
        <source>Start a new identification with a valid ID document, or choose another identification method.</source>
        <translation>Starten Sie eine neue Identifikation mit einem gültigen Ausweisdokument oder wählen Sie eine andere Identifikationsmethode.</translation>
    </message>
    <message>
        <source>Nothing more happens with this order. Start a new identification if the customer wishes.</source>
        <translation>Mit diesem Auftrag geschieht nichts mehr. Starten Sie eine neue Identifikation, wenn die Kundin oder der Kunde dies wünscht.</translation>
    </message>
    <message>
        <source>The customer has to accept the terms and conditions in the SMS sent to their mobile. The kiosk stops checking now; staff can check again later with the reference ID.</source>
        <translation>Die Kundin oder der Kunde muss die Nutzungsbedingungen in der SMS auf dem Mobiltelefon akzeptieren. Der Kiosk fragt den Status nun nicht mehr ab; das Personal kann ihn später mit der Referenz-ID erneut prüfen.</translation>
    </message>
    <message>
        <source>Start a new identification, or choose another identification method. Where details were given, check that they match the ID document exactly.</source>
        <translation>Starten Sie eine neue Identifikation oder wählen Sie eine andere Identifikationsmethode. Falls Angaben gemacht wurden, prüfen Sie, ob sie genau mit dem Ausweisdokument übereinstimmen.</translation>
    </message>
    <message>
        <source>Start a new identification, or choose another identification method. If it fails again, call support with the reference ID.</source>
        <translation>Starten Sie eine neue Identifikation oder wählen Sie eine andere Identifikationsmethode. Schlägt sie erneut fehl, rufen Sie den Support mit der Referenz-ID an.</translation>
    </message>
    <message>
        <source>Start a new identification, or call support with the reference ID.</source>
        <translation>Starten Sie eine neue Identifikation oder rufen Sie den Support mit der Referenz-ID an.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Identify yourself</source>
        <translation>Identifizieren Sie sich</translation>
    </message>
    <message>
        <source>The provider checks</source>
        <translation>Der Anbieter prüft</translation>
    </message>
    <message>
        <source>Confirm the SMS</source>
        <translation>Bestätigen Sie die SMS</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Bereit zum Signieren</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>wenige Minuten</translation>
    </message>
    <message>
        <source>about %n minute(s)</source>
        <translation>etwa %n Min.</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>noch nicht bestätigt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>now — %1</source>
        <translation>jetzt – %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>Unavailable</name>
    <message>
        <source>This kiosk does not know this method, and it has no web flow: it cannot be handed off at this terminal.</source>
        <translation>Dieser Kiosk kennt diese Methode nicht, und sie läuft nicht im Browser: Sie kann an diesem Terminal nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Switched off in this branch&apos;s settings.</source>
        <translation>In den Einstellungen dieser Filiale deaktiviert.</translation>
    </message>
</context>
<context>
    <name>VerdictList</name>
    <message>
        <source>Which methods this terminal can run appears here once the check has run.</source>
        <translation>Welche Methoden dieses Terminal durchführen kann, erscheint hier, sobald die Prüfung gelaufen ist.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Blocked by: %1</source>
        <translation>Blockiert durch: %1</translation>
    </message>
    <message>
        <source>Recommended checks that did not pass: %1</source>
        <translation>Empfohlene Prüfungen, die nicht bestanden wurden: %1</translation>
    </message>
</context>
<context>
    <name>WebNotice</name>
    <message>
        <source>Back to the identification</source>
        <translation>Zurück zur Identifikation</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Start over: cancels this identification and starts a new one</source>
        <translation>Neu beginnen: bricht diese Identifikation ab und startet eine neue</translation>
    </message>
    <message>
        <source>Load the page again</source>
        <translation>Seite neu laden</translation>
    </message>
    <message>
        <source>This page cannot be opened here</source>
        <translation>Diese Seite kann hier nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The page tried to open %1, which is not part of the identification. It was not opened.</source>
        <translation>Die Seite wollte %1 öffnen, das nicht zur Identifikation gehört. Es wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>You can go on with the identification.</source>
        <translation>Sie können mit der Identifikation fortfahren.</translation>
    </message>
    <message>
        <source>The connection is not secure</source>
        <translation>Die Verbindung ist nicht sicher</translation>
    </message>
    <message>
        <source>The provider&apos;s page could not prove its identity, so it was not opened. No data was sent.</source>
        <translation>Die Seite des Anbieters konnte ihre Identität nicht nachweisen und wurde daher nicht geöffnet. Es wurden keine Daten gesendet.</translation>
    </message>
    <message>
        <source>Please ask the branch staff: the terminal&apos;s date and time, or a proxy in the branch network, may be wrong.</source>
        <translation>Bitte wenden Sie sich an das Personal der Filiale: Datum und Uhrzeit des Terminals oder ein Proxy im Filialnetz sind möglicherweise falsch eingestellt.</translation>
    </message>
    <message>
        <source>The page could not be loaded</source>
        <translation>Die Seite konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The provider&apos;s page did not answer.</source>
        <translation>Die Seite des Anbieters hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Check that the terminal is connected to the network, then load the page again. Your identification is kept.</source>
        <translation>Prüfen Sie, ob das Terminal mit dem Netzwerk verbunden ist, und laden Sie die Seite dann neu. Ihre Identifikation bleibt erhalten.</translation>
    </message>
    <message>
        <source>The page stopped working</source>
        <translation>Die Seite funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>The provider&apos;s page was closed unexpectedly.</source>
        <translation>Die Seite des Anbieters wurde unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>Load the page again to continue where you can. If it happens again, please ask the branch staff.</source>
        <translation>Laden Sie die Seite neu, um möglichst dort fortzufahren, wo Sie waren. Wenn es erneut passiert, wenden Sie sich bitte an das Personal der Filiale.</translation>
    </message>
    <message>
        <source>The identification page cannot be shown here</source>
        <translation>Die Identifikationsseite kann hier nicht angezeigt werden</translation>
    </message>
    <message>
        <source>This terminal&apos;s browser is set up in a way that is not safe for an identification.</source>
        <translation>Der Browser dieses Terminals ist so eingerichtet, dass er für eine Identifikation nicht sicher ist.</translation>
    </message>
    <message>
        <source>Please ask the branch staff. You can continue on your phone instead.</source>
        <translation>Bitte wenden Sie sich an das Personal der Filiale. Sie können stattdessen auf Ihrem Mobiltelefon fortfahren.</translation>
    </message>
    <message>
        <source>This identification link is used up</source>
        <translation>Dieser Identifikationslink ist aufgebraucht</translation>
    </message>
    <message>
        <source>The provider allows its link to be opened only a few times, and that number is reached.</source>
        <translation>Der Anbieter erlaubt nur wenige Aufrufe seines Links, und diese Anzahl ist erreicht.</translation>
    </message>
    <message>
        <source>Start over to get a new link: this identification is cancelled and your data is kept.</source>
        <translation>Beginnen Sie neu, um einen neuen Link zu erhalten: Diese Identifikation wird abgebrochen, Ihre Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>This identification has expired</source>
        <translation>Diese Identifikation ist abgelaufen</translation>
    </message>
    <message>
        <source>The provider&apos;s session lasts a limited time, and it has run out.</source>
        <translation>Die Sitzung des Anbieters ist zeitlich begrenzt und ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Download speed</source>
        <translation>Download-Geschwindigkeit</translation>
    </message>
    <message>
        <source>Upload speed</source>
        <translation>Upload-Geschwindigkeit</translation>
    </message>
    <message>
        <source>Connections (TCP)</source>
        <translation>Verbindungen (TCP)</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Sichere Verbindung (TLS)</translation>
    </message>
    <message>
        <source>Secure connection to the video hosts (TLS)</source>
        <translation>Sichere Verbindung zu den Video-Hosts (TLS)</translation>
    </message>
    <message>
        <source>WebSocket (video signalling)</source>
        <translation>WebSocket (Video-Signalisierung)</translation>
    </message>
    <message>
        <source>Non-TLS traffic on port 443</source>
        <translation>Nicht-TLS-Verkehr auf Port 443</translation>
    </message>
    <message>
        <source>UDP (STUN)</source>
        <translation>UDP (STUN)</translation>
    </message>
    <message>
        <source>UDP high ports (STUN)</source>
        <translation>Hohe UDP-Ports (STUN)</translation>
    </message>
    <message>
        <source>Video calls in the browser (WebRTC)</source>
        <translation>Videoanrufe im Browser (WebRTC)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>required %1</source>
        <translation>erforderlich %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technisches Detail: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
</TS>
