<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message numerus="yes">
        <source>%n identification(s) still followed in the background</source>
        <translation>
            <numerusform>%n identificazione ancora seguita in background</numerusform>
            <numerusform>%n identificazioni ancora seguite in background</numerusform>
        </translation>
    </message>
    <message>
        <source>Identify yourself for your electronic signature</source>
        <translation>Si identifichi per la Sua firma elettronica</translation>
    </message>
    <message>
        <source>Choose your language. A member of staff will guide you through the next steps.</source>
        <translation>Scelga la Sua lingua. Un collaboratore o una collaboratrice La guiderà nei passi successivi.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Lingua: %1</translation>
    </message>
    <message>
        <source>Larger text and high contrast</source>
        <translation>Testo più grande e contrasto elevato</translation>
    </message>
    <message>
        <source>Start identification</source>
        <translation>Avvia l’identificazione</translation>
    </message>
    <message>
        <source>Start identification (staff)</source>
        <translation>Avvia l’identificazione (personale)</translation>
    </message>
</context>
<context>
    <name>BrandingPreview</name>
    <message>
        <source>the logo</source>
        <translation>il logo</translation>
    </message>
    <message>
        <source>the button colour</source>
        <translation>il colore dei pulsanti</translation>
    </message>
    <message>
        <source>the highlight colour</source>
        <translation>il colore di evidenziazione</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not usable as typed, shown as the kiosk&apos;s own: %1.</source>
        <translation>Non utilizzabile così, mostrato quello del chiosco: %1.</translation>
    </message>
    <message>
        <source>Preview of the branding</source>
        <translation>Anteprima del marchio</translation>
    </message>
    <message>
        <source>Start identification</source>
        <translation>Avvia l&apos;identificazione</translation>
    </message>
    <message>
        <source>A main button: %1</source>
        <translation>Un pulsante principale: %1</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Scelto</translation>
    </message>
    <message>
        <source>A chosen item: %1</source>
        <translation>Un elemento scelto: %1</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>No camera found.</source>
        <translation>Nessuna videocamera trovata.</translation>
    </message>
    <message>
        <source>This application may not use the camera: allow it in the system settings.</source>
        <translation>Questa applicazione non ha accesso alla videocamera: lo consenta nelle impostazioni di sistema.</translation>
    </message>
    <message>
        <source>The camera does not work: %1</source>
        <translation>La videocamera non funziona: %1</translation>
    </message>
    <message>
        <source>The camera picture appears here while this screen is open.</source>
        <translation>L’immagine della videocamera appare qui finché questa schermata è aperta.</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Anteprima della videocamera</translation>
    </message>
</context>
<context>
    <name>CancelConfirm</name>
    <message>
        <source>Cancel this identification?</source>
        <translation>Annullare questa identificazione?</translation>
    </message>
    <message>
        <source>The identification stops at the provider and cannot be continued. To be identified later, you start a new one.</source>
        <translation>L’identificazione viene interrotta presso il fornitore e non può essere proseguita. Per identificarsi più tardi, dovrà avviarne una nuova.</translation>
    </message>
    <message>
        <source>Yes, cancel</source>
        <translation>Sì, annulla</translation>
    </message>
    <message>
        <source>Yes, cancel the identification</source>
        <translation>Sì, annulla l’identificazione</translation>
    </message>
    <message>
        <source>No, go on</source>
        <translation>No, continua</translation>
    </message>
    <message>
        <source>No, go on with the identification</source>
        <translation>No, prosegui con l’identificazione</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Checking this terminal for the video call (camera, microphone, network)…</source>
        <translation>Verifica di questo terminale per la videochiamata (videocamera, microfono, rete)…</translation>
    </message>
    <message>
        <source>Requesting the personal identification link…</source>
        <translation>Richiesta del link personale di identificazione…</translation>
    </message>
    <message>
        <source>This terminal cannot record identifications right now, so your identification was not started. Please ask the staff for help.</source>
        <translation>Questo terminale al momento non può registrare identificazioni, quindi la Sua identificazione non è stata avviata. Chieda aiuto al personale.</translation>
    </message>
    <message>
        <source>For staff: the order journal could not be written, so the start was not sent (%1). Check the disk space and the data folder, then restart the kiosk.</source>
        <translation>Per il personale: non è stato possibile scrivere il giornale degli incarichi, quindi l’avvio non è stato inviato (%1). Verifichi lo spazio su disco e la cartella dei dati, poi riavvii il chiosco.</translation>
    </message>
    <message>
        <source>For staff: the order journal could not be written (%1). Order %2 was created and has been cancelled again. Check the disk space and the data folder, then restart the kiosk.</source>
        <translation>Per il personale: non è stato possibile scrivere il giornale degli incarichi (%1). L’incarico %2 è stato creato e poi annullato. Verifichi lo spazio su disco e la cartella dei dati, poi riavvii il chiosco.</translation>
    </message>
    <message>
        <source>For staff: the order journal could not be written (%1). Order %2 was created and could NOT be cancelled: cancel it with support. Check the disk space and the data folder, then restart the kiosk.</source>
        <translation>Per il personale: non è stato possibile scrivere il giornale degli incarichi (%1). L’incarico %2 è stato creato e NON è stato possibile annullarlo: lo annulli con l’aiuto del supporto. Verifichi lo spazio su disco e la cartella dei dati, poi riavvii il chiosco.</translation>
    </message>
    <message>
        <source>Before you continue</source>
        <translation>Prima di continuare</translation>
    </message>
    <message>
        <source>Tip: activate Mobile ID (on your SIM card or in the Mobile ID app) before you start. You can then sign with it easily; otherwise you sign with a password and a code by SMS.</source>
        <translation>Consiglio: attivi Mobile ID (sulla Sua carta SIM o nell’app Mobile ID) prima di iniziare. Potrà poi firmare facilmente con Mobile ID; altrimenti firmerà con una password e un codice ricevuto via SMS.</translation>
    </message>
    <message>
        <source>After the identification you get an SMS from Swisscom: accept the terms to finish.</source>
        <translation>Dopo l’identificazione riceverà un SMS da Swisscom: accetti le condizioni d’uso per concludere.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to the customer details</source>
        <translation>Torna ai dati del cliente</translation>
    </message>
    <message>
        <source>Check my details</source>
        <translation>Verifica i miei dati</translation>
    </message>
    <message>
        <source>Back to the details to check them</source>
        <translation>Torna ai dati per verificarli</translation>
    </message>
    <message>
        <source>Choose another method</source>
        <translation>Scegli un altro metodo</translation>
    </message>
    <message>
        <source>Back to the method choice</source>
        <translation>Torna alla scelta del metodo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Try again to start</source>
        <translation>Riprova ad avviare</translation>
    </message>
    <message>
        <source>I agree — continue</source>
        <translation>Accetto – continua</translation>
    </message>
    <message>
        <source>I agree to the notice: continue</source>
        <translation>Accetto l’informativa: continua</translation>
    </message>
</context>
<context>
    <name>CustomerError</name>
    <message>
        <source>The identification service is not answering right now: please try again in a moment.</source>
        <translation>Il servizio di identificazione al momento non risponde: riprovi tra poco.</translation>
    </message>
    <message>
        <source>This terminal cannot start identifications right now: please ask the staff for help.</source>
        <translation>Questo terminale al momento non può avviare identificazioni: chieda aiuto al personale.</translation>
    </message>
    <message>
        <source>This identification method is not available right now: please choose another one.</source>
        <translation>Questo metodo di identificazione al momento non è disponibile: ne scelga un altro.</translation>
    </message>
    <message>
        <source>Some of your details were not accepted: please check them.</source>
        <translation>Alcuni dei Suoi dati non sono stati accettati: li verifichi, per favore.</translation>
    </message>
    <message>
        <source>Something went wrong on our side: please try again.</source>
        <translation>Qualcosa è andato storto da parte nostra: riprovi, per favore.</translation>
    </message>
    <message>
        <source>This terminal cannot run this identification right now: please choose another method.</source>
        <translation>Questo terminale al momento non può eseguire questa identificazione: scelga un altro metodo.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>The orders could not be read: %1</source>
        <translation>Non è stato possibile leggere gli incarichi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) got no answer from the SRS: it may hold an order this terminal does not follow. Check with support:</source>
        <translation>
            <numerusform>%n avvio è rimasto senza risposta dall’SRS: potrebbe esserci un incarico che questo terminale non segue. Verifichi con il supporto:</numerusform>
            <numerusform>%n avvii sono rimasti senza risposta dall’SRS: potrebbero esserci incarichi che questo terminale non segue. Verifichi con il supporto:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2, External ID %3, started %4</source>
        <translation>%1/%2, ID esterno %3, avviato il %4</translation>
    </message>
    <message>
        <source>Cancel order %1? The identification stops at the provider; this cannot be undone.</source>
        <translation>Annullare l’incarico %1? L’identificazione viene interrotta presso il fornitore; l’operazione è irreversibile.</translation>
    </message>
    <message>
        <source>Another customer&apos;s session is open on this terminal. Showing the code of %1 ends that session (an order under way goes on being followed).</source>
        <translation>Su questo terminale è aperta la sessione di un altro cliente. Mostrare il codice di %1 termina quella sessione (un incarico in corso continua a essere seguito).</translation>
    </message>
    <message>
        <source>Yes, show the code</source>
        <translation>Sì, mostra il codice</translation>
    </message>
    <message>
        <source>The code of %1 cannot be shown again: the order is no longer waiting for its customer.</source>
        <translation>Il codice di %1 non può più essere mostrato: l’incarico non è più in attesa del suo cliente.</translation>
    </message>
    <message>
        <source>Could not show the code of %1: %2</source>
        <translation>Impossibile mostrare il codice di %1: %2</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>Annullamento di %1…</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>Impossibile annullare %1: %2</translation>
    </message>
    <message>
        <source>Cancel of %1 requested: another process (pid %2 on %3) follows this order and cancels it at its next lease renewal, shortly. The row shows the result.</source>
        <translation>Annullamento di %1 richiesto: un altro processo (PID %2 su %3) segue questo incarico e lo annullerà a breve, al prossimo rinnovo della sua concessione. La riga ne mostra il risultato.</translation>
    </message>
    <message>
        <source>Cancel of %1 requested: the SRS did not confirm yet; the kiosk keeps trying.</source>
        <translation>Annullamento di %1 richiesto: l’SRS non l’ha ancora confermato; il chiosco continua a riprovare.</translation>
    </message>
    <message>
        <source>The SRS did not cancel %1: it offers no cancel for this order. The identification stays open until it ends; the row shows how.</source>
        <translation>L’SRS non ha annullato %1: per questo incarico non offre l’annullamento. L’identificazione resta aperta fino alla sua conclusione; la riga mostra come si conclude.</translation>
    </message>
    <message>
        <source>Order %1: %2.</source>
        <translation>Incarico %1: %2.</translation>
    </message>
    <message>
        <source>Asking the SRS about %1…</source>
        <translation>Interrogazione dell’SRS su %1…</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>Impossibile verificare %1: %2</translation>
    </message>
    <message>
        <source>Another process follows %1 (%2) and checks it on its own.</source>
        <translation>Un altro processo segue %1 (%2) e lo verifica da sé.</translation>
    </message>
    <message>
        <source>Checked %1: SRS status %2, %3; next: %4.</source>
        <translation>%1 verificato: stato SRS %2, %3; prossimo passo: %4.</translation>
    </message>
    <message>
        <source>Orders: %1; still in progress: %2.</source>
        <translation>Incarichi: %1; ancora in corso: %2.</translation>
    </message>
    <message>
        <source>Shown: %1.</source>
        <translation>Visualizzati: %1.</translation>
    </message>
    <message>
        <source>No order matches: check the Ref-ID, or clear the search or the switches.</source>
        <translation>Nessun incarico corrisponde: controllate il Ref-ID, oppure cancellate la ricerca o i filtri.</translation>
    </message>
    <message>
        <source>No order matches: check the Ref-ID or clear the search.</source>
        <translation>Nessun incarico corrisponde: controllate il Ref-ID o cancellate la ricerca.</translation>
    </message>
    <message>
        <source>No order in progress needs attention: turn off &quot;Open only&quot; to see the ended ones that do.</source>
        <translation>Nessun incarico in corso richiede attenzione: disattivate «Solo aperti» per vedere quelli conclusi che la richiedono.</translation>
    </message>
    <message>
        <source>Orders on this terminal</source>
        <translation>Incarichi su questo terminale</translation>
    </message>
    <message>
        <source>Close the order dashboard</source>
        <translation>Chiudi la panoramica degli incarichi</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Incarichi</translation>
    </message>
    <message>
        <source>Search by Ref-ID</source>
        <translation>Cerca per Ref-ID</translation>
    </message>
    <message>
        <source>Search orders by Ref-ID</source>
        <translation>Cerca ordini per Ref-ID</translation>
    </message>
    <message>
        <source>Part of the Ref-ID; the list shows the orders whose Ref-ID holds it</source>
        <translation>Una parte del Ref-ID; l&apos;elenco mostra gli ordini il cui Ref-ID la contiene</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Solo aperti</translation>
    </message>
    <message>
        <source>Show only the orders still in progress</source>
        <translation>Mostra solo gli ordini ancora in corso</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <source>Show only the orders that failed, ended without evidence or cannot be checked</source>
        <translation>Mostra solo gli incarichi falliti, conclusi senza prova o non verificabili</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Refresh the order list</source>
        <translation>Aggiorna l’elenco degli incarichi</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Annulla incarico…</translation>
    </message>
    <message>
        <source>Cancel the selected order</source>
        <translation>Annulla l’incarico selezionato</translation>
    </message>
    <message>
        <source>Support card</source>
        <translation>Scheda di supporto</translation>
    </message>
    <message>
        <source>Open the support card of the selected order</source>
        <translation>Apri la scheda di supporto dell’incarico selezionato</translation>
    </message>
    <message>
        <source>Yes, cancel the order</source>
        <translation>Sì, annulla l’incarico</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Verifica ora</translation>
    </message>
    <message>
        <source>Ask the SRS about the selected order now, not at its next check</source>
        <translation>Interrogare l’SRS sull’incarico scelto ora, senza attendere la prossima verifica</translation>
    </message>
    <message>
        <source>Show the code again</source>
        <translation>Mostra di nuovo il codice</translation>
    </message>
    <message>
        <source>Show the selected order&apos;s QR code or web page to its customer again</source>
        <translation>Mostra di nuovo al cliente il codice QR o la pagina web dell’incarico selezionato</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, mantienilo</translation>
    </message>
</context>
<context>
    <name>DataScreen</name>
    <message>
        <source>Used as: %1</source>
        <translation>Usato come: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting.</source>
        <translation>
            <numerusform>%n campo deve essere corretto.</numerusform>
            <numerusform>%n campi devono essere corretti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer details for %1</source>
        <translation>Dati del cliente per %1</translation>
    </message>
    <message>
        <source>Enter the details exactly as on the ID document. Fields marked * are required.</source>
        <translation>Inserisca i dati esattamente come sul documento d’identità. I campi contrassegnati con * sono obbligatori.</translation>
    </message>
    <message>
        <source>Enter your mobile number: the identification and your signatures later are bound to it. Fields marked * are required.</source>
        <translation>Inserisca il Suo numero di cellulare: l’identificazione e le Sue firme successive sono legate a questo numero. I campi contrassegnati con * sono obbligatori.</translation>
    </message>
    <message>
        <source>Enter the details exactly as your bank has them for your account. Fields marked * are required.</source>
        <translation>Inserisca i dati esattamente come sono registrati presso la Sua banca per il Suo conto. I campi contrassegnati con * sono obbligatori.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Solo per il personale</translation>
    </message>
    <message>
        <source>Also send the other data for matching</source>
        <translation>Invia anche gli altri dati per il confronto</translation>
    </message>
    <message>
        <source>Without a data match the only identity detail sent is the last name: it must match the ID document exactly (no typos, every accent), or the identification is rejected.</source>
        <translation>Senza confronto dei dati, l’unico dato d’identità inviato è il cognome: deve corrispondere esattamente al documento d’identità (nessun errore di battitura, tutti gli accenti), altrimenti l’identificazione viene respinta.</translation>
    </message>
    <message>
        <source>Every detail sent is checked against the ID document; the identification fails if one does not match. Send only what you need matched.</source>
        <translation>Ogni dato inviato viene confrontato con il documento d’identità; se uno non corrisponde, l’identificazione non riesce. Invii solo ciò che deve essere confrontato.</translation>
    </message>
    <message>
        <source>This branch&apos;s default; change it for this order if needed.</source>
        <translation>Valore predefinito di questa filiale; lo modifichi per questo incarico se necessario.</translation>
    </message>
    <message>
        <source>Training: SIM-WAIT waits for the provider page&apos;s buttons; SIM-NEGATIVE, SIM-ERROR, SIM-NOTERMS and SIM-EXPIRE play other outcomes.</source>
        <translation>Formazione: SIM-WAIT attende i pulsanti della pagina del fornitore; SIM-NEGATIVE, SIM-ERROR, SIM-NOTERMS e SIM-EXPIRE simulano altri esiti.</translation>
    </message>
    <message>
        <source>Not accepted by this method: %1</source>
        <translation>Non accettato da questo metodo: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to the method choice</source>
        <translation>Torna alla scelta del metodo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Next: the customer&apos;s consent</source>
        <translation>Avanti: il consenso del cliente</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>There is no day %1 in that month: enter the day again.</source>
        <translation>Quel mese non ha il giorno %1: inserisca di nuovo il giorno.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>L’anno deve essere compreso tra %1 e %2.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>Il mese deve essere compreso tra 1 e 12.</translation>
    </message>
    <message>
        <source>The day must be between 1 and %1.</source>
        <translation>Il giorno deve essere compreso tra 1 e %1.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>GG</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>year</source>
        <translation>anno</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
</context>
<context>
    <name>DiagnosisScreen</name>
    <message>
        <source>Close the diagnosis</source>
        <translation>Chiudi la diagnosi</translation>
    </message>
</context>
<context>
    <name>DiagnosisWidget</name>
    <message>
        <source>The check could not run: %1</source>
        <translation>Non è stato possibile eseguire la verifica: %1</translation>
    </message>
    <message>
        <source>Terminal readiness</source>
        <translation>Disponibilità del terminale</translation>
    </message>
    <message>
        <source>Checks camera, microphone, network speed, connections, UDP and the built-in browser, and tells which identification methods this terminal can run.</source>
        <translation>Verifica videocamera, microfono, velocità di rete, connessioni, UDP e il browser integrato, e indica quali metodi di identificazione questo terminale può eseguire.</translation>
    </message>
    <message>
        <source>The report could not be saved. %1</source>
        <translation>Non è stato possibile salvare il rapporto. %1</translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation>Salva come testo</translation>
    </message>
    <message>
        <source>Save as JSON</source>
        <translation>Salva come JSON</translation>
    </message>
    <message>
        <source>Identification methods</source>
        <translation>Metodi di identificazione</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verifiche</translation>
    </message>
    <message>
        <source>Save the readiness report as text</source>
        <translation>Salvare il rapporto di disponibilità come testo</translation>
    </message>
    <message>
        <source>Save the readiness report as JSON</source>
        <translation>Salvare il rapporto di disponibilità come JSON</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Risultati delle verifiche</translation>
    </message>
    <message>
        <source>Checking… %1 of %2 checks done.</source>
        <translation>Verifica in corso… %1 di %2 verifiche completate.</translation>
    </message>
    <message>
        <source>The check has not run yet.</source>
        <translation>La verifica non è ancora stata eseguita.</translation>
    </message>
    <message>
        <source>Checked at %1 in %2 s: %3 of %4 methods can run.</source>
        <translation>Verificato alle %1 in %2 s: %3 metodi su %4 sono possibili.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Salvato come %1.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Verifica di nuovo</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Avvia la verifica</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Run the readiness check</source>
        <translation>Avvia la verifica di disponibilità</translation>
    </message>
</context>
<context>
    <name>ExportProblem</name>
    <message>
        <source>The folder %1 does not exist and could not be made.</source>
        <translation>La cartella %1 non esiste e non è stato possibile crearla.</translation>
    </message>
    <message>
        <source>The kiosk may not write in the folder %1.</source>
        <translation>Il chiosco non ha il permesso di scrivere nella cartella %1.</translation>
    </message>
    <message>
        <source>The disk of the folder %1 is full.</source>
        <translation>Il disco della cartella %1 è pieno.</translation>
    </message>
    <message>
        <source>The folder %1 is on a read-only disk.</source>
        <translation>La cartella %1 si trova su un disco di sola lettura.</translation>
    </message>
    <message>
        <source>The kiosk could not write in the folder %1 (system error %2).</source>
        <translation>Il chiosco non ha potuto scrivere nella cartella %1 (errore di sistema %2).</translation>
    </message>
    <message>
        <source>Check the folder ([support] export_folder in the settings file).</source>
        <translation>Controllate la cartella ([support] export_folder nel file delle impostazioni).</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>First name(s)</source>
        <translation>Nome/i</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nazionalità</translation>
    </message>
    <message>
        <source>ID document valid until</source>
        <translation>Documento d’identità valido fino al</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numero di cellulare</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Paese di domicilio</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID esterno</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>indirizzo postale</translation>
    </message>
    <message>
        <source>artist name</source>
        <translation>nome d’arte</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>numero del documento d’identità</translation>
    </message>
    <message>
        <source>issuing country</source>
        <translation>paese di rilascio</translation>
    </message>
    <message>
        <source>issuing city</source>
        <translation>luogo di rilascio</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nomi</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>data di nascita</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>luogo di nascita</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nazionalità</translation>
    </message>
</context>
<context>
    <name>HandoffQrScreen</name>
    <message>
        <source>QR code of the app in the store: %1</source>
        <translation>Codice QR dell’app nello store: %1</translation>
    </message>
    <message>
        <source>Identify yourself with your ID card and your phone</source>
        <translation>Si identifichi con la Sua carta d’identità e il Suo telefono</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continui sul Suo telefono</translation>
    </message>
    <message>
        <source>QR code to open your identification on your phone</source>
        <translation>Codice QR per aprire la Sua identificazione sul Suo telefono</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera</source>
        <translation>Scansioni questo codice con la fotocamera del Suo telefono</translation>
    </message>
    <message>
        <source>Your phone is connected</source>
        <translation>Il Suo telefono è collegato</translation>
    </message>
    <message>
        <source>Follow the steps in the AUTHADA app on your phone. This screen moves on by itself.</source>
        <translation>Segua i passi nell’app AUTHADA sul Suo telefono. Questa schermata prosegue da sola.</translation>
    </message>
    <message>
        <source>Follow the steps on your phone. This screen moves on by itself.</source>
        <translation>Segua i passi sul Suo telefono. Questa schermata prosegue da sola.</translation>
    </message>
    <message>
        <source>Show the code again</source>
        <translation>Mostra di nuovo il codice</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera; the page that opens starts the AUTHADA app.</source>
        <translation>Scansioni il codice con la fotocamera del Suo telefono; la pagina che si apre avvia l’app AUTHADA.</translation>
    </message>
    <message>
        <source>Hold your ID card to the back of your phone until the app has read it (NFC).</source>
        <translation>Appoggi la Sua carta d’identità sul retro del telefono finché l’app non l’ha letta (NFC).</translation>
    </message>
    <message>
        <source>Enter your 6-digit card PIN in the app.</source>
        <translation>Inserisca nell’app il PIN a 6 cifre della Sua carta.</translation>
    </message>
    <message>
        <source>You need: a German ID card with the online function (eID) or an electronic residence permit, its 6-digit PIN, and a smartphone with NFC.</source>
        <translation>Le servono: una carta d’identità tedesca con funzione online (eID) o un permesso di soggiorno elettronico, il relativo PIN a 6 cifre e uno smartphone con NFC.</translation>
    </message>
    <message>
        <source>It takes a few minutes; longer if you first download the app.</source>
        <translation>Richiede pochi minuti; di più se deve prima scaricare l’app.</translation>
    </message>
    <message>
        <source>Back to the steps</source>
        <translation>Torna ai passi</translation>
    </message>
    <message>
        <source>Don&apos;t have the app yet?</source>
        <translation>Non ha ancora l’app?</translation>
    </message>
    <message>
        <source>The AUTHADA app is free. Scan the code for your phone&apos;s store with its camera, install the app, then scan the large code.</source>
        <translation>L’app AUTHADA è gratuita. Scansioni con la fotocamera del Suo telefono il codice del relativo store, installi l’app e poi scansioni il codice grande.</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Annulla l’identificazione</translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation>Mostra l’avanzamento</translation>
    </message>
    <message>
        <source>Preparing your identification link…</source>
        <translation>Preparazione del Suo link di identificazione…</translation>
    </message>
</context>
<context>
    <name>HandoffWebScreen</name>
    <message>
        <source>Identification page of the provider</source>
        <translation>Pagina di identificazione del fornitore</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continui sul Suo telefono</translation>
    </message>
    <message>
        <source>QR code to continue on your phone</source>
        <translation>Codice QR per continuare sul Suo telefono</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera to do the identification there instead.</source>
        <translation>Scansioni il codice con la fotocamera del Suo telefono per eseguire invece l’identificazione lì.</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera. You log in to your bank on your own phone, not on this shared terminal.</source>
        <translation>Scansioni il codice con la fotocamera del Suo telefono. Accede alla Sua banca sul Suo telefono, non su questo terminale condiviso.</translation>
    </message>
    <message>
        <source>For staff: if the customer has no smartphone</source>
        <translation>Per il personale: se il cliente non ha uno smartphone</translation>
    </message>
    <message>
        <source>Open on this kiosk</source>
        <translation>Apri su questo chiosco</translation>
    </message>
    <message>
        <source>For staff: open the page on this kiosk instead of the phone</source>
        <translation>Per il personale: apri la pagina su questo chiosco invece che sul telefono</translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation>Mostra l’avanzamento</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Annulla l’identificazione</translation>
    </message>
    <message>
        <source>Preparing your identification link…</source>
        <translation>Preparazione del Suo link di identificazione…</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>needed to use the identity.tm mobile app; must match the ID exactly</source>
        <translation>necessario per usare l’app mobile identity.tm; deve corrispondere esattamente al documento d’identità</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>No activity: this session ends in %n second(s). Touch the screen to continue.</source>
        <translation>
            <numerusform>Nessuna attività: questa sessione termina tra %n secondo. Tocchi lo schermo per continuare.</numerusform>
            <numerusform>Nessuna attività: questa sessione termina tra %n secondi. Tocchi lo schermo per continuare.</numerusform>
        </translation>
    </message>
    <message>
        <source>open the staff menu</source>
        <translation>aprire il menu del personale</translation>
    </message>
    <message>
        <source>quit the kiosk</source>
        <translation>chiudere il chiosco</translation>
    </message>
    <message>
        <source>open the order dashboard</source>
        <translation>aprire la panoramica degli incarichi</translation>
    </message>
    <message>
        <source>open the page on this kiosk</source>
        <translation>aprire la pagina su questo chiosco</translation>
    </message>
    <message numerus="yes">
        <source>No activity: this staff screen closes in %n second(s). Touch the screen to stay.</source>
        <translation>
            <numerusform>Nessuna attività: questa schermata del personale si chiude tra %n secondo. Tocchi lo schermo per restare.</numerusform>
            <numerusform>Nessuna attività: questa schermata del personale si chiude tra %n secondi. Tocchi lo schermo per restare.</numerusform>
        </translation>
    </message>
    <message>
        <source>SRS Branch Kiosk</source>
        <translation>Chiosco SRS della filiale</translation>
    </message>
    <message>
        <source>Training mode: a built-in simulator plays the SRS; no real identification</source>
        <translation>Modalità formazione: un simulatore integrato sostituisce l’SRS; nessuna identificazione reale</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Staff menu (PIN)</source>
        <translation>Menu del personale (PIN)</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Camera</source>
        <translation>Videocamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfono</translation>
    </message>
</context>
<context>
    <name>MethodCard</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>nessuna app necessaria</translation>
    </message>
    <message>
        <source>app on the phone</source>
        <translation>app sul telefono</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>German</source>
        <translation>tedesco</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglese</translation>
    </message>
    <message>
        <source>Duration not stated</source>
        <translation>Durata non indicata</translation>
    </message>
    <message>
        <source>About %1–%2 minutes</source>
        <translation>Circa %1–%2 minuti</translation>
    </message>
    <message>
        <source>A few minutes (at most %1)</source>
        <translation>Pochi minuti (al massimo %1)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>A few minutes</source>
        <translation>Pochi minuti</translation>
    </message>
    <message>
        <source>evidence %1</source>
        <translation>prova %1</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>session of %1 min</source>
        <translation>sessione di %1 min</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>pochi minuti</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Giurisdizioni</translation>
    </message>
    <message>
        <source>Level of assurance</source>
        <translation>Livello di garanzia</translation>
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
        <translation>Nel browser</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Tempo reale</translation>
    </message>
    <message>
        <source>Evidence valid</source>
        <translation>Validità della prova</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 anni</translation>
    </message>
    <message>
        <source>Typical duration</source>
        <translation>Durata abituale</translation>
    </message>
    <message>
        <source>A method this kiosk does not know (type %1): it runs in the kiosk&apos;s web view.</source>
        <translation>Un metodo che questo chiosco non conosce (tipo %1): viene eseguito nella vista web del chiosco.</translation>
    </message>
    <message>
        <source>The customer needs: %1</source>
        <translation>Il cliente ha bisogno di: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Video calls in %1 only: the customer chose %2.</source>
        <translation>Videochiamate solo in %1; lingua scelta dal cliente: %2.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Scegli</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Scegli %1</translation>
    </message>
</context>
<context>
    <name>MethodNeeds</name>
    <message>
        <source>the terminal&apos;s camera and microphone</source>
        <translation>la videocamera e il microfono del terminale</translation>
    </message>
    <message>
        <source>a valid ID document</source>
        <translation>un documento d’identità valido</translation>
    </message>
    <message>
        <source>10–20 minutes</source>
        <translation>10–20 minuti</translation>
    </message>
    <message>
        <source>a call in German or English</source>
        <translation>una chiamata in tedesco o in inglese</translation>
    </message>
    <message>
        <source>a German ID card with eID function, or a residence card</source>
        <translation>una carta d’identità tedesca con funzione eID, oppure un permesso di soggiorno elettronico</translation>
    </message>
    <message>
        <source>a smartphone with NFC</source>
        <translation>uno smartphone con NFC</translation>
    </message>
    <message>
        <source>the AUTHADA app (free)</source>
        <translation>l’app AUTHADA (gratuita)</translation>
    </message>
    <message>
        <source>the 6-digit PIN of the ID card</source>
        <translation>il PIN a 6 cifre della carta d’identità</translation>
    </message>
    <message>
        <source>online banking at a supported bank (about 3500 banks)</source>
        <translation>l’e-banking presso una banca supportata (circa 3500 banche)</translation>
    </message>
    <message>
        <source>a mobile phone for an SMS code</source>
        <translation>un cellulare per un codice SMS</translation>
    </message>
</context>
<context>
    <name>MethodsScreen</name>
    <message>
        <source>Any</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>EU (eIDAS)</source>
        <translation>UE (eIDAS)</translation>
    </message>
    <message>
        <source>CH (ZertES)</source>
        <translation>CH (FiEle)</translation>
    </message>
    <message>
        <source>LOA %1 or higher</source>
        <translation>LOA %1 o superiore</translation>
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
        <translation>Banca</translation>
    </message>
    <message>
        <source>Customer&apos;s language: %1</source>
        <translation>Lingua del cliente: %1</translation>
    </message>
    <message>
        <source>Loading the identification methods…</source>
        <translation>Caricamento dei metodi di identificazione…</translation>
    </message>
    <message>
        <source>The methods could not be loaded: %1</source>
        <translation>Non è stato possibile caricare i metodi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) match</source>
        <translation>
            <numerusform>%n metodo corrisponde</numerusform>
            <numerusform>%n metodi corrispondono</numerusform>
        </translation>
    </message>
    <message>
        <source>No method matches these filters. Choose fewer filters or another preset.</source>
        <translation>Nessun metodo corrisponde a questi filtri. Scelga meno filtri o un’altra preselezione.</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Tutti i metodi</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Preselezione: %1</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Altri filtri</translation>
    </message>
    <message numerus="yes">
        <source>More filters (%n set)</source>
        <translation>
            <numerusform>Altri filtri (%n attivo)</numerusform>
            <numerusform>Altri filtri (%n attivi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the identification method</source>
        <translation>Scelga il metodo di identificazione</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Giurisdizione</translation>
    </message>
    <message>
        <source>Level of assurance</source>
        <translation>Livello di garanzia</translation>
    </message>
    <message>
        <source>Method type</source>
        <translation>Tipo di metodo</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Web flow</source>
        <translation>Nel browser</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Tempo reale</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Load the methods again</source>
        <translation>Ricarica i metodi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel and return to the start</source>
        <translation>Annulla e torna all’inizio</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Caricamento</translation>
    </message>
</context>
<context>
    <name>MicrophoneMeter</name>
    <message>
        <source>This application may not use the microphone: allow it in the system settings.</source>
        <translation>Questa applicazione non ha accesso al microfono: lo consenta nelle impostazioni di sistema.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>Nessun microfono trovato.</translation>
    </message>
    <message>
        <source>Speak: the bar moves with the voice.</source>
        <translation>Parli: la barra segue la voce.</translation>
    </message>
    <message>
        <source>The microphone level appears here while this screen is open.</source>
        <translation>Il livello del microfono appare qui finché questa schermata è aperta.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Livello del microfono</translation>
    </message>
</context>
<context>
    <name>MoreTimePrompt</name>
    <message numerus="yes">
        <source>Without an answer, the session ends in %n second(s).</source>
        <translation>
            <numerusform>Senza risposta, la sessione termina tra %n secondo.</numerusform>
            <numerusform>Senza risposta, la sessione termina tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Need more time?</source>
        <translation>Le serve più tempo?</translation>
    </message>
    <message>
        <source>Take the time you need: your identification goes on. Touch Continue to keep this screen, or End here to close it; the identification is not cancelled.</source>
        <translation>Si prenda il tempo che Le serve: la Sua identificazione prosegue. Tocchi «Continua» per mantenere questa schermata, oppure «Termina qui» per chiuderla; l’identificazione non viene annullata.</translation>
    </message>
    <message>
        <source>End here</source>
        <translation>Termina qui</translation>
    </message>
    <message>
        <source>End here and clear this screen; the identification goes on</source>
        <translation>Termina qui e svuota questa schermata; l’identificazione prosegue</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Continue: I need more time</source>
        <translation>Continua: mi serve più tempo</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Maiuscola</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Nascondi la tastiera</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Simboli</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Lettere accentate</translation>
    </message>
</context>
<context>
    <name>OrderNotice</name>
    <message>
        <source>Order %1: %2</source>
        <translation>Incarico %1: %2</translation>
    </message>
    <message>
        <source>Order %1 ended: %2. Open the order dashboard.</source>
        <translation>Incarico %1 terminato: %2. Apra la panoramica degli incarichi.</translation>
    </message>
    <message numerus="yes">
        <source>%n orders ended</source>
        <translation>
            <numerusform>%n incarico terminato</numerusform>
            <numerusform>%n incarichi terminati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders ended. Open the order dashboard.</source>
        <translation>
            <numerusform>%n incarico terminato. Apra la panoramica degli incarichi.</numerusform>
            <numerusform>%n incarichi terminati. Apra la panoramica degli incarichi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderStrip</name>
    <message>
        <source>The connection to the identification service is interrupted. The kiosk keeps trying by itself; nothing is lost.</source>
        <translation>La connessione al servizio di identificazione è interrotta. Il chiosco continua a riprovare da solo; non si perde nulla.</translation>
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
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Dall’avvio</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prossima azione</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>confermato</translation>
    </message>
    <message>
        <source>ended without evidence</source>
        <translation>terminato senza prova</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>followed by another process (pid %1 on %2)</source>
        <translation>seguito da un altro processo (PID %1 su %2)</translation>
    </message>
    <message>
        <source>done (%1)</source>
        <translation>completato (%1)</translation>
    </message>
    <message>
        <source>status check</source>
        <translation>verifica dello stato</translation>
    </message>
    <message>
        <source>verify evidence</source>
        <translation>verifica della prova</translation>
    </message>
    <message>
        <source>cancel at SRS</source>
        <translation>annullamento presso l’SRS</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 ora</translation>
    </message>
    <message>
        <source>Cancel requested (the other process does it)</source>
        <translation>Annullamento richiesto (lo esegue l’altro processo)</translation>
    </message>
    <message>
        <source>Cancel pending (retrying)</source>
        <translation>Annullamento in sospeso (nuovo tentativo)</translation>
    </message>
    <message>
        <source>Connection problem: %1 failed attempts in a row</source>
        <translation>Problema di connessione: %1 tentativi falliti di seguito</translation>
    </message>
    <message>
        <source>The session ran out: start a new identification</source>
        <translation>La sessione è scaduta: avviare una nuova identificazione</translation>
    </message>
    <message>
        <source>The SRS no longer knows this order</source>
        <translation>Il SRS non conosce più questo incarico</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>A PIN has 6 to 12 digits.</source>
        <translation>Un PIN ha da 6 a 12 cifre.</translation>
    </message>
    <message>
        <source>Choose a PIN that is not a run or a repetition of one digit.</source>
        <translation>Scelga un PIN che non sia una sequenza né la ripetizione di una sola cifra.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Staff PINs now have at least 6 digits. Ask IT to set a new one with %1.</source>
        <translation>I PIN del personale hanno ora almeno 6 cifre. Chieda all’informatica di impostarne uno nuovo con %1.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN errato.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in %1 s.</source>
        <translation>PIN errato. Riprovi tra %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN errato. Riprovi.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personale</translation>
    </message>
    <message>
        <source>No staff PIN set — ask IT to run %1.</source>
        <translation>Nessun PIN del personale impostato – chieda all’informatica di eseguire %1.</translation>
    </message>
    <message>
        <source>The staff PIN file is damaged — IT can reset it with %1.</source>
        <translation>Il file del PIN del personale è danneggiato – l’informatica può reimpostarlo con %1.</translation>
    </message>
    <message>
        <source>Enter the staff PIN to %1.</source>
        <translation>Inserisca il PIN del personale per %1.</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Cancella l’ultima cifra</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Confirm the PIN</source>
        <translation>Conferma il PIN</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Qualified signature, EU (eIDAS, LOA 4)</source>
        <translation>Firma qualificata, UE (eIDAS, LOA 4)</translation>
    </message>
    <message>
        <source>Qualified signature, CH (ZertES)</source>
        <translation>Firma qualificata, CH (FiEle)</translation>
    </message>
    <message>
        <source>Advanced signature, EU (eIDAS, LOA 3)</source>
        <translation>Firma avanzata, UE (eIDAS, LOA 3)</translation>
    </message>
    <message>
        <source>In the browser, no app</source>
        <translation>Nel browser, senza app</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videochiamata</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 is needed: your identification and your signatures later are linked to this number.</source>
        <translation>Il campo %1 è obbligatorio: la Sua identificazione e le Sue firme successive sono legate a questo numero.</translation>
    </message>
    <message>
        <source>%1 must be a phone number: digits, spaces and a leading + only.</source>
        <translation>Il campo %1 deve contenere un numero di telefono: solo cifre, spazi e un + all’inizio.</translation>
    </message>
    <message>
        <source>%1 must be an international number: + and the country code, e.g. +41 79 123 45 67.</source>
        <translation>Il campo %1 deve contenere un numero internazionale: + e il prefisso del paese, ad es. +41 79 123 45 67.</translation>
    </message>
    <message>
        <source>%1 has a country code that does not exist; check the digits after + or 00.</source>
        <translation>Il campo %1 contiene un prefisso del paese che non esiste; verifichi le cifre dopo + o 00.</translation>
    </message>
    <message>
        <source>%1 has too few digits for a number with the country code +%2.</source>
        <translation>Il campo %1 contiene troppo poche cifre per un numero con il prefisso +%2.</translation>
    </message>
    <message>
        <source>%1 has too few digits for a phone number.</source>
        <translation>Il campo %1 contiene troppo poche cifre per un numero di telefono.</translation>
    </message>
    <message>
        <source>%1 has too many digits for a number with the country code +%2.</source>
        <translation>Il campo %1 contiene troppe cifre per un numero con il prefisso +%2.</translation>
    </message>
    <message>
        <source>%1 is not a valid number with the country code +%2; check the digits.</source>
        <translation>Il campo %1 non contiene un numero valido con il prefisso +%2; verifichi le cifre.</translation>
    </message>
    <message>
        <source>%1 is not a mobile number (a landline or service number): the SMS needs a mobile.</source>
        <translation>Il campo %1 contiene un numero di rete fissa o di servizio, non un numero di cellulare: l’SMS può essere inviato solo a un cellulare.</translation>
    </message>
    <message>
        <source>%1 must be a two-letter country code, e.g. CH.</source>
        <translation>Il campo %1 deve contenere un codice paese di due lettere, ad es. CH.</translation>
    </message>
    <message>
        <source>%1 must be a two-letter language code in lower case, e.g. de.</source>
        <translation>Il campo %1 deve contenere un codice lingua di due lettere minuscole, ad es. de.</translation>
    </message>
    <message>
        <source>%1 must be a level of assurance from 1 to 4.</source>
        <translation>Il campo %1 deve contenere un livello di garanzia da 1 a 4.</translation>
    </message>
    <message>
        <source>%1 must be EIDAS or ZERTES.</source>
        <translation>Il campo %1 deve contenere EIDAS o ZERTES.</translation>
    </message>
    <message>
        <source>%1 may have at most 100 characters.</source>
        <translation>Il campo %1 può contenere al massimo 100 caratteri.</translation>
    </message>
    <message>
        <source>%1 may contain only letters, spaces, apostrophes (&apos;), hyphens (-) and dots (.).</source>
        <translation>Il campo %1 può contenere solo lettere, spazi, apostrofi (&apos;), trattini (-) e punti (.).</translation>
    </message>
    <message>
        <source>%1 must contain at least one letter.</source>
        <translation>Il campo %1 deve contenere almeno una lettera.</translation>
    </message>
    <message>
        <source>%1 must be a real date in the past (YYYY-MM-DD).</source>
        <translation>Il campo %1 deve contenere una data valida nel passato (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>%1 must be a date in the past.</source>
        <translation>Il campo %1 deve contenere una data passata.</translation>
    </message>
    <message>
        <source>%1 cannot be more than %2 years ago; check the year.</source>
        <translation>La data del campo %1 non può risalire a più di %2 anni fa; verifichi l’anno.</translation>
    </message>
    <message>
        <source>%1 may have at most 254 characters.</source>
        <translation>Il campo %1 può contenere al massimo 254 caratteri.</translation>
    </message>
    <message>
        <source>%1 must be an e-mail address like name@example.ch.</source>
        <translation>Il campo %1 deve contenere un indirizzo e-mail come name@example.ch.</translation>
    </message>
    <message>
        <source>%1 is not a known country code.</source>
        <translation>Il campo %1 non contiene un codice paese noto.</translation>
    </message>
    <message>
        <source>%1 is not a known language code.</source>
        <translation>Il campo %1 non contiene un codice lingua noto.</translation>
    </message>
    <message>
        <source>%1 may not contain control characters such as line breaks or tabs.</source>
        <translation>Il campo %1 non può contenere caratteri di controllo, come a capo o tabulazioni.</translation>
    </message>
    <message>
        <source>%1 must be a real date (YYYY-MM-DD).</source>
        <translation>Il campo %1 deve contenere una data valida (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>%1 has passed: the ID document must still be valid.</source>
        <translation>La data del campo %1 è già passata: il documento d’identità deve essere ancora valido.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>Il campo %1 deve contenere del testo.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>Il campo %1 è obbligatorio per %2.</translation>
    </message>
    <message>
        <source>%1 is required for this method.</source>
        <translation>Il campo %1 è obbligatorio per questo metodo.</translation>
    </message>
    <message>
        <source>%1 is not accepted by %2.</source>
        <translation>Il campo %1 non è accettato da %2.</translation>
    </message>
    <message>
        <source>%1 is not accepted by this method.</source>
        <translation>Il campo %1 non è accettato da questo metodo.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>Il campo %1 non deve essere vuoto.</translation>
    </message>
    <message>
        <source>%1 needs the day, the month and the year.</source>
        <translation>Il campo %1 deve contenere giorno, mese e anno.</translation>
    </message>
</context>
<context>
    <name>ReadinessCheck</name>
    <message>
        <source>Not checked: this needs the graphical application (Qt), which could not be started here.</source>
        <translation>Non verificato: serve l’applicazione grafica (Qt), che qui non è stato possibile avviare.</translation>
    </message>
    <message>
        <source>No camera found. Connect the terminal&apos;s camera (USB) and run the check again; video identification needs one.</source>
        <translation>Nessuna videocamera trovata. Colleghi la videocamera del terminale (USB) ed esegua di nuovo la verifica; l’identificazione video ne richiede una.</translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; offers at most %2 pixels; video identification needs at least %3. Connect a better camera.</source>
        <translation>La videocamera «%1» offre al massimo %2 pixel; l’identificazione video ne richiede almeno %3. Colleghi una videocamera migliore.</translation>
    </message>
    <message>
        <source>This application may not use the camera. Allow it in the system settings (macOS: System Settings › Privacy &amp; Security › Camera; Windows: Settings › Privacy › Camera).</source>
        <translation>Questa applicazione non ha accesso alla videocamera. Lo consenta nelle impostazioni di sistema (macOS: Impostazioni di Sistema › Privacy e sicurezza › Fotocamera; Windows: Impostazioni › Privacy › Fotocamera).</translation>
    </message>
    <message>
        <source>No microphone found. Connect a microphone or a headset and run the check again; video identification needs one.</source>
        <translation>Nessun microfono trovato. Colleghi un microfono o delle cuffie con microfono ed esegua di nuovo la verifica; l’identificazione video ne richiede uno.</translation>
    </message>
    <message>
        <source>This application may not use the microphone. Allow it in the system settings (macOS: System Settings › Privacy &amp; Security › Microphone; Windows: Settings › Privacy › Microphone).</source>
        <translation>Questa applicazione non ha accesso al microfono. Lo consenta nelle impostazioni di sistema (macOS: Impostazioni di Sistema › Privacy e sicurezza › Microfono; Windows: Impostazioni › Privacy › Microfono).</translation>
    </message>
    <message>
        <source>Web traffic goes through the proxy %1. Video calls need direct connections as well (TCP 443, and UDP 3478 or higher): ask IT to allow them next to the proxy.</source>
        <translation>Il traffico web passa attraverso il proxy %1. Le videochiamate richiedono anche connessioni dirette (TCP 443 e UDP 3478 o superiore): chieda all’informatica di consentirle oltre al proxy.</translation>
    </message>
    <message>
        <source>No STUN server is configured ([checks] stun_server), so UDP was not checked.</source>
        <translation>Non è configurato alcun server STUN ([checks] stun_server), quindi UDP non è stato verificato.</translation>
    </message>
    <message>
        <source>No answer over UDP from the STUN server %1 (%2). Video calls still work over TCP 443, but with lower quality: ask IT to allow outgoing UDP to port %3 (better: ports 1025–65535).</source>
        <translation>Nessuna risposta via UDP dal server STUN %1 (%2). Le videochiamate funzionano ancora via TCP 443, ma con qualità inferiore: chieda all’informatica di consentire l’UDP in uscita verso la porta %3 (meglio: porte 1025–65535).</translation>
    </message>
    <message>
        <source>The STUN server name %1 could not be looked up (%2). Check the network connection and the [checks] stun_server setting.</source>
        <translation>Non è stato possibile risolvere il nome del server STUN %1 (%2). Verifichi la connessione di rete e l’impostazione [checks] stun_server.</translation>
    </message>
    <message>
        <source>These names could not be looked up (DNS): %1. Check the network connection and the DNS server, or ask IT whether the names are blocked.</source>
        <translation>Non è stato possibile risolvere questi nomi (DNS): %1. Verifichi la connessione di rete e il server DNS, oppure chieda all’informatica se i nomi sono bloccati.</translation>
    </message>
    <message>
        <source>These connections were refused: %1. A firewall rejects them, or nothing answers on that port: ask IT to allow outgoing connections to them.</source>
        <translation>Queste connessioni sono state rifiutate: %1. Un firewall le respinge, oppure nessuno risponde su quella porta: chieda all’informatica di consentire le connessioni in uscita verso queste destinazioni.</translation>
    </message>
    <message>
        <source>These hosts did not answer in time: %1. A firewall probably drops the traffic: ask IT to allow outgoing connections to them.</source>
        <translation>Questi host non hanno risposto in tempo: %1. Probabilmente un firewall scarta il traffico: chieda all’informatica di consentire le connessioni in uscita verso queste destinazioni.</translation>
    </message>
    <message>
        <source>There is no route to these hosts: %1. Check that the terminal is connected to the network (cable or Wi-Fi).</source>
        <translation>Nessun percorso verso questi host: %1. Verifichi che il terminale sia collegato alla rete (cavo o Wi-Fi).</translation>
    </message>
    <message>
        <source>These connections failed: %1. Send this report to IT.</source>
        <translation>Queste connessioni non sono riuscite: %1. Invii questo rapporto all’informatica.</translation>
    </message>
    <message>
        <source>No hosts are configured to check.</source>
        <translation>Non è configurato alcun host da verificare.</translation>
    </message>
    <message>
        <source>The connection to %1 uses %2, but at least TLS %3 is required. A proxy or firewall that inspects encrypted traffic may be in between: ask IT to let this connection through unchanged, or to update it.</source>
        <translation>La connessione a %1 usa %2, ma è richiesto almeno TLS %3. Potrebbe esserci di mezzo un proxy o un firewall che ispeziona il traffico cifrato: chieda all’informatica di lasciar passare questa connessione senza modifiche o di aggiornarlo.</translation>
    </message>
    <message>
        <source>No secure connection to %1 could be agreed (%2). A proxy or firewall that inspects encrypted traffic may be in between: ask IT to let this connection through unchanged.</source>
        <translation>Non è stato possibile stabilire una connessione sicura con %1 (%2). Potrebbe esserci di mezzo un proxy o un firewall che ispeziona il traffico cifrato: chieda all’informatica di lasciar passare questa connessione senza modifiche.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Check the terminal&apos;s date and time; if they are right, a proxy that inspects encrypted traffic is probably in between: ask IT.</source>
        <translation>Il certificato di %1 non è considerato attendibile (%2). Verifichi data e ora del terminale; se sono corrette, probabilmente c’è di mezzo un proxy che ispeziona il traffico cifrato: si rivolga all’informatica.</translation>
    </message>
    <message>
        <source>The SRS host %1 could not be reached (%2). Check the network connection; ask IT to allow outgoing connections to it on port %3.</source>
        <translation>L’host SRS %1 non è raggiungibile (%2). Verifichi la connessione di rete; chieda all’informatica di consentire le connessioni in uscita verso di esso sulla porta %3.</translation>
    </message>
    <message>
        <source>Training mode: the built-in simulator speaks plain HTTP on this computer, so there is no TLS connection to check. With SRS settings, the SRS host is checked.</source>
        <translation>Modalità formazione: il simulatore integrato usa HTTP non cifrato su questo computer, quindi non c’è alcuna connessione TLS da verificare. Con le impostazioni SRS viene verificato l’host SRS.</translation>
    </message>
    <message>
        <source>The built-in web browser could not run the check (%1). Web-based identification methods will not work: reinstall the application or send this report to support.</source>
        <translation>Il browser integrato non ha potuto eseguire la verifica (%1). I metodi di identificazione basati sul web non funzioneranno: reinstalli l’applicazione o invii questo rapporto al supporto.</translation>
    </message>
    <message>
        <source>The built-in web browser could not use the camera and microphone (%1). Close other programs that use the camera, check the connections, and run the check again.</source>
        <translation>Il browser integrato non ha potuto usare videocamera e microfono (%1). Chiuda gli altri programmi che usano la videocamera, verifichi i collegamenti ed esegua di nuovo la verifica.</translation>
    </message>
    <message>
        <source>The built-in web browser gets only %1 pixels from the camera; video identification needs at least %2. Connect a better camera.</source>
        <translation>Il browser integrato riceve dalla videocamera solo %1 pixel; l’identificazione video ne richiede almeno %2. Colleghi una videocamera migliore.</translation>
    </message>
    <message>
        <source>The browser&apos;s connection test found no public address through the STUN server %1: UDP seems blocked. Video calls fall back to TCP with lower quality: ask IT to allow outgoing UDP (port 3478, better 1025–65535).</source>
        <translation>Il test di connessione del browser non ha trovato alcun indirizzo pubblico tramite il server STUN %1: UDP sembra bloccato. Le videochiamate ripiegano su TCP, con qualità inferiore: chieda all’informatica di consentire l’UDP in uscita (porta 3478, meglio 1025–65535).</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>SUPERATO</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVVISO</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ERRORE</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>SALTATO</translation>
    </message>
    <message>
        <source>SRS Branch Kiosk: terminal readiness report</source>
        <translation>Chiosco SRS della filiale: rapporto di disponibilità del terminale</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>training (built-in simulator)</source>
        <translation>formazione (simulatore integrato)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produzione</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Identification methods</source>
        <translation>Metodi di identificazione</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verifiche</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NON PRONTO</translation>
    </message>
    <message>
        <source>blocked by</source>
        <translation>bloccato da</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avvisi</translation>
    </message>
    <message>
        <source>required</source>
        <translation>richiesto</translation>
    </message>
    <message>
        <source>No identification method is enabled.</source>
        <translation>Nessun metodo di identificazione è attivato.</translation>
    </message>
    <message>
        <source>%1 of %2 hosts reachable</source>
        <translation>%1 host su %2 raggiungibili</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 dispositivi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>The check did not finish within %1 s. The network or the device did not answer: check the cable or Wi-Fi and that nothing blocks this application, then run it again.</source>
        <translation>La verifica non si è conclusa entro %1 s. La rete o il dispositivo non ha risposto: verifichi il cavo o il Wi-Fi e che nulla blocchi questa applicazione, poi la esegua di nuovo.</translation>
    </message>
    <message>
        <source>The check itself failed (%1). Run it again; if it keeps failing, send the report to support.</source>
        <translation>La verifica stessa non è riuscita (%1). La esegua di nuovo; se continua a non riuscire, invii il rapporto al supporto.</translation>
    </message>
    <message>
        <source>The download speed is %1 MB/s (measured with %3); video identification needs at least %2 MB/s. Check whether other devices or downloads load the connection, or ask IT for a faster line.</source>
        <translation>La velocità di download è di %1 MB/s (misurata con %3); l’identificazione video richiede almeno %2 MB/s. Verifichi se altri dispositivi o download sovraccaricano la connessione, oppure chieda all’informatica una linea più veloce.</translation>
    </message>
    <message>
        <source>The upload speed is %1 MB/s (measured with %3); video identification needs at least %2 MB/s. Check whether other devices or uploads load the connection, or ask IT for a faster line.</source>
        <translation>La velocità di upload è di %1 MB/s (misurata con %3); l’identificazione video richiede almeno %2 MB/s. Verifichi se altri dispositivi o upload sovraccaricano la connessione, oppure chieda all’informatica una linea più veloce.</translation>
    </message>
    <message>
        <source>The speed test is switched off ([checks] bandwidth_url = &quot;&quot;), so the speed was not measured.</source>
        <translation>Il test di velocità è disattivato ([checks] bandwidth_url = &quot;&quot;), quindi la velocità non è stata misurata.</translation>
    </message>
    <message>
        <source>The speed test endpoint %1 could not be used (%2). Check the network connection; ask IT to allow outgoing %3 to %4, or set [checks] bandwidth_url to a working speed test.</source>
        <translation>Non è stato possibile usare l’endpoint del test di velocità %1 (%2). Verifichi la connessione di rete; chieda all’informatica di consentire il traffico in uscita %3 verso %4, oppure imposti [checks] bandwidth_url su un test di velocità funzionante.</translation>
    </message>
    <message>
        <source>The speed test endpoint %1 refused the test: it answered %2. No speed was measured. If a proxy or filter answered instead, ask IT to allow outgoing %3 to %4; otherwise set [checks] bandwidth_url to a working speed test.</source>
        <translation>L’endpoint del test di velocità %1 ha rifiutato il test: ha risposto %2. Non è stata misurata alcuna velocità. Se invece ha risposto un proxy o un filtro, chieda all’informatica di consentire il traffico in uscita %3 verso %4; altrimenti imposti [checks] bandwidth_url su un test di velocità funzionante.</translation>
    </message>
    <message>
        <source>No peer for non-TLS traffic over port 443 is configured ([checks] non_tls_peer: a STUN or TURN server listening on plain TCP 443), so this was not checked.</source>
        <translation>Non è configurato alcun server di test per il traffico non TLS sulla porta 443 ([checks] non_tls_peer: un server STUN o TURN in ascolto su TCP 443 non cifrato), quindi questo punto non è stato verificato.</translation>
    </message>
    <message>
        <source>The connection to %1 on TCP port %2 opened, but %3 when it carried non-TLS traffic (a STUN request). A firewall or proxy on the way probably lets only TLS (HTTPS) through port %2; video calls need other traffic over it too. Ask IT to allow all outgoing TCP traffic to port %2 (not only TLS/HTTPS), at least to %1 and the video provider&apos;s hosts.</source>
        <translation>La connessione a %1 sulla porta TCP %2 si è aperta, ma non è riuscita con traffico non TLS (una richiesta STUN): %3. Un firewall o un proxy lungo il percorso lascia probabilmente passare solo TLS (HTTPS) sulla porta %2; le videochiamate richiedono anche altro traffico su questa porta. Chieda all’informatica di consentire tutto il traffico TCP in uscita verso la porta %2 (non solo TLS/HTTPS), almeno verso %1 e gli host del fornitore video.</translation>
    </message>
    <message>
        <source>The non-TLS test peer %1 could not be reached (%2). Check the network connection and the [checks] non_tls_peer setting; ask IT to allow outgoing TCP port %3 to %4.</source>
        <translation>Il server di test non TLS %1 non è raggiungibile (%2). Verifichi la connessione di rete e l’impostazione [checks] non_tls_peer; chieda all’informatica di consentire le connessioni in uscita sulla porta TCP %3 verso %4.</translation>
    </message>
    <message>
        <source>No secure connection could be opened to these video hosts: %1. Ask IT to allow outgoing TCP (HTTPS/TLS) to each of them on the port shown (443 for the provider&apos;s hosts).</source>
        <translation>Non è stato possibile aprire una connessione sicura verso questi host video: %1. Chieda all’informatica di consentire il TCP in uscita (HTTPS/TLS) verso ciascuno di essi sulla porta indicata (443 per gli host del fornitore).</translation>
    </message>
    <message>
        <source>TLS %1 or newer could not be agreed with these video hosts: %2. A proxy or firewall that inspects encrypted traffic is probably in between: ask IT to let TCP to each of them on the port shown through unchanged (TLS %1 or newer, not inspected).</source>
        <translation>Non è stato possibile concordare TLS %1 o più recente con questi host video: %2. Probabilmente c’è di mezzo un proxy o un firewall che ispeziona il traffico cifrato: chieda all’informatica di lasciar passare senza modifiche il TCP verso ciascuno di essi sulla porta indicata (TLS %1 o più recente, non ispezionato).</translation>
    </message>
    <message>
        <source>No video host to check: no enabled method uses one, or training mode (the built-in simulator plays the video provider).</source>
        <translation>Nessun host video da verificare: nessun metodo attivato ne usa uno, oppure è attiva la modalità formazione (il simulatore integrato sostituisce il fornitore video).</translation>
    </message>
    <message>
        <source>No STUN server on a high UDP port is configured ([checks] udp_high_peer), so UDP ports 1025–65535 were not checked.</source>
        <translation>Non è configurato alcun server STUN su una porta UDP alta ([checks] udp_high_peer), quindi le porte UDP 1025–65535 non sono state verificate.</translation>
    </message>
    <message>
        <source>No answer over UDP port %1 from the STUN server %2 (%3). Video calls work without it, with lower quality: for the best experience, ask IT to allow outgoing UDP to ports 1025–65535 (the guide&apos;s recommendation), at least to %2 on UDP port %1.</source>
        <translation>Nessuna risposta dal server STUN %2 via porta UDP %1 (%3). Le videochiamate funzionano anche senza, ma con qualità inferiore: per la qualità migliore, chieda all’informatica di consentire l’UDP in uscita verso le porte 1025–65535 (raccomandazione della guida), almeno verso %2 sulla porta UDP %1.</translation>
    </message>
    <message>
        <source>The STUN server name %1 could not be looked up (%2). Check the network connection and the [checks] udp_high_peer setting.</source>
        <translation>Non è stato possibile risolvere il nome del server STUN %1 (%2). Verifichi la connessione di rete e l’impostazione [checks] udp_high_peer.</translation>
    </message>
    <message>
        <source>No WebSocket connection to %1 (%2). Video calls need it for signalling: ask IT to allow outgoing TCP port %3 to %4 including WebSocket upgrades (%5), also through any proxy.</source>
        <translation>Nessuna connessione WebSocket verso %1 (%2). Le videochiamate ne hanno bisogno per la segnalazione: chieda all’informatica di consentire le connessioni in uscita sulla porta TCP %3 verso %4, inclusi gli upgrade WebSocket (%5), anche attraverso eventuali proxy.</translation>
    </message>
    <message>
        <source>No plain WebSocket connection to %1 (%2). Video calls still work over WSS on port 443; for the fallback, ask IT to allow outgoing TCP port %3 to %4 including WebSocket upgrades (%5).</source>
        <translation>Nessuna connessione WebSocket non cifrata verso %1 (%2). Le videochiamate funzionano ancora via WSS sulla porta 443; per la connessione di riserva, chieda all’informatica di consentire le connessioni in uscita sulla porta TCP %3 verso %4, inclusi gli upgrade WebSocket (%5).</translation>
    </message>
    <message>
        <source>No WebSocket address to check: no enabled method uses one, or training mode.</source>
        <translation>Nessun indirizzo WebSocket da verificare: nessun metodo attivato ne usa uno, oppure è attiva la modalità formazione.</translation>
    </message>
</context>
<context>
    <name>ReadinessReasons</name>
    <message numerus="yes">
        <source>This terminal cannot run it now: %1 failed the readiness check (see Staff → Diagnosis).</source>
        <translation>
            <numerusform>Questo terminale non può eseguirlo al momento: %1 non ha superato la verifica di disponibilità (vedi Personale → Diagnosi).</numerusform>
            <numerusform>Questo terminale non può eseguirlo al momento: %1 non hanno superato la verifica di disponibilità (vedi Personale → Diagnosi).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>The provider could not accept this identification for security reasons.</source>
        <translation>Il fornitore non ha potuto accettare questa identificazione per motivi di sicurezza.</translation>
    </message>
    <message>
        <source>The picture or sound was not good enough to identify you.</source>
        <translation>L’immagine o l’audio non erano abbastanza buoni per identificarLa.</translation>
    </message>
    <message>
        <source>The details given did not match your ID document.</source>
        <translation>I dati indicati non corrispondevano al Suo documento d’identità.</translation>
    </message>
    <message>
        <source>The time for the identification ran out.</source>
        <translation>Il tempo per l’identificazione è scaduto.</translation>
    </message>
    <message>
        <source>Your ID document could not be checked.</source>
        <translation>Non è stato possibile verificare il Suo documento d’identità.</translation>
    </message>
    <message>
        <source>The identification was stopped before it was finished.</source>
        <translation>L’identificazione è stata interrotta prima di essere conclusa.</translation>
    </message>
    <message>
        <source>The login at your bank or in the app did not work.</source>
        <translation>L’accesso alla Sua banca o nell’app non è riuscito.</translation>
    </message>
    <message>
        <source>This identification method cannot be used with your bank or device.</source>
        <translation>Questo metodo di identificazione non può essere usato con la Sua banca o il Suo dispositivo.</translation>
    </message>
    <message>
        <source>The provider could not confirm your identity.</source>
        <translation>Il fornitore non ha potuto confermare la Sua identità.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>An unexpected error occurred; the kiosk recovered. Details in the log: %1</source>
        <translation>Si è verificato un errore imprevisto; il chiosco ha ripreso a funzionare. Dettagli nel log: %1</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Finish</source>
        <translation>Concludi</translation>
    </message>
    <message>
        <source>Finish and wipe the session</source>
        <translation>Concludi e cancella la sessione</translation>
    </message>
    <message>
        <source>Start a new identification</source>
        <translation>Avvia una nuova identificazione</translation>
    </message>
    <message>
        <source>Start a new identification with the same details</source>
        <translation>Avvia una nuova identificazione con gli stessi dati</translation>
    </message>
    <message>
        <source>Open the SMS sent to %1 and accept the terms.</source>
        <translation>Apra l’SMS inviato al %1 e accetti le condizioni d’uso.</translation>
    </message>
    <message>
        <source>Open the SMS sent to your mobile phone and accept the terms.</source>
        <translation>Apra l’SMS inviato al Suo cellulare e accetti le condizioni d’uso.</translation>
    </message>
    <message>
        <source>Correct the details and start again</source>
        <translation>Correggi i dati e ricomincia</translation>
    </message>
    <message>
        <source>Back to the details to correct them, then start again</source>
        <translation>Torna ai dati per correggerli, poi ricomincia</translation>
    </message>
    <message>
        <source>Choose another method</source>
        <translation>Scegli un altro metodo</translation>
    </message>
    <message>
        <source>✓ Identification confirmed</source>
        <translation>✓ Identificazione confermata</translation>
    </message>
    <message>
        <source>Mobile number: %1</source>
        <translation>Numero di cellulare: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valido fino al: %1</translation>
    </message>
    <message>
        <source>The customer can now sign with this mobile number (Mobile ID, or password and SMS code).</source>
        <translation>Il cliente può ora firmare con questo numero di cellulare (Mobile ID, oppure password e codice SMS).</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Il servizio non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Impossibile annullare: %1</translation>
    </message>
</context>
<context>
    <name>SessionWebView</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
    <message>
        <source>Downloads are not possible at this terminal.</source>
        <translation>Su questo terminale non è possibile scaricare file.</translation>
    </message>
    <message>
        <source>Files cannot be chosen or opened at this terminal.</source>
        <translation>Su questo terminale non è possibile scegliere o aprire file.</translation>
    </message>
</context>
<context>
    <name>SettingsProblem</name>
    <message>
        <source>Fill in all four SRS fields, or none for training mode.</source>
        <translation>Compili tutti e quattro i campi SRS, oppure nessuno per la modalità formazione.</translation>
    </message>
    <message>
        <source>Enable at least one method.</source>
        <translation>Attivi almeno un metodo.</translation>
    </message>
    <message>
        <source>Enter the current PIN to change it.</source>
        <translation>Inserisca il PIN attuale per modificarlo.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>I due PIN non coincidono.</translation>
    </message>
    <message>
        <source>Enter the client secret given with the client ID.</source>
        <translation>Inserisca il segreto client ricevuto con l’ID client.</translation>
    </message>
    <message>
        <source>The token address changed: enter the client secret again.</source>
        <translation>L’indirizzo del token è cambiato: inserisca di nuovo il segreto client.</translation>
    </message>
    <message>
        <source>The host of the SRS API address changed: enter the client secret again.</source>
        <translation>L’host dell’indirizzo dell’API SRS è cambiato: inserisca di nuovo il segreto client.</translation>
    </message>
    <message>
        <source>The host of the RA service address changed: enter the client secret again.</source>
        <translation>L’host dell’indirizzo del servizio RA è cambiato: inserisca di nuovo il segreto client.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only for a service on this computer (127.0.0.1, ::1, localhost), for training and tests.</source>
        <translation>Usi https://. Il semplice http:// è riservato a un servizio su questo computer (127.0.0.1, ::1, localhost), per la formazione e i test.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https:// (or http:// for a service on this computer).</source>
        <translation>Inserisca un indirizzo web completo che inizi con https:// (o http:// per un servizio su questo computer).</translation>
    </message>
    <message>
        <source>Use at most 100 characters, on one line.</source>
        <translation>Usi al massimo 100 caratteri, su una sola riga.</translation>
    </message>
    <message>
        <source>Too light for the white text on it: choose a darker colour (a contrast of at least 4.5:1).</source>
        <translation>Troppo chiaro per il testo bianco che vi appare: scelga un colore più scuro (contrasto di almeno 4,5:1).</translation>
    </message>
    <message>
        <source>Write the colour as #rrggbb, e.g. #0b5cad.</source>
        <translation>Indichi il colore nel formato #rrggbb, ad es. #0b5cad.</translation>
    </message>
    <message>
        <source>This file is not a picture, only its name ends in .svg or .png: export the logo again as SVG or PNG.</source>
        <translation>Questo file non è un&apos;immagine, solo il suo nome termina con .svg o .png: esportate di nuovo il logo come SVG o PNG.</translation>
    </message>
    <message>
        <source>Give the full path of an existing SVG or PNG file.</source>
        <translation>Indichi il percorso completo di un file SVG o PNG esistente.</translation>
    </message>
    <message>
        <source>Use at most 80 characters, on one line.</source>
        <translation>Usi al massimo 80 caratteri, su una sola riga.</translation>
    </message>
    <message>
        <source>Use at most 300 characters, on one line.</source>
        <translation>Usi al massimo 300 caratteri, su una sola riga.</translation>
    </message>
    <message>
        <source>Choose between 15 and 3600 seconds.</source>
        <translation>Scelga un valore tra 15 e 3600 secondi.</translation>
    </message>
    <message>
        <source>The kiosk cannot read this picture.</source>
        <translation>Il chiosco non riesce a leggere questa immagine.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Nothing was saved: correct the marked fields.</source>
        <translation>Non è stato salvato nulla: corregga i campi evidenziati.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Non è stato possibile salvare le impostazioni: %1</translation>
    </message>
    <message>
        <source>Saved to %1. The new settings apply now.</source>
        <translation>Salvato in %1. Le nuove impostazioni sono subito valide.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Smart Registration Service</source>
        <translation>Smart Registration Service</translation>
    </message>
    <message>
        <source>Methods and presets</source>
        <translation>Metodi e preselezioni</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Chiosco</translation>
    </message>
    <message>
        <source>Change the staff PIN</source>
        <translation>Modifica il PIN del personale</translation>
    </message>
    <message>
        <source>Support and billing</source>
        <translation>Supporto e fatturazione</translation>
    </message>
    <message>
        <source>Bank branding</source>
        <translation>Identità visiva della banca</translation>
    </message>
    <message>
        <source>SRS API address</source>
        <translation>Indirizzo dell’API SRS</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>Indirizzo del token</translation>
    </message>
    <message>
        <source>RA service address</source>
        <translation>Indirizzo del servizio RA</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segreto client</translation>
    </message>
    <message>
        <source>Idle timeout (seconds)</source>
        <translation>Timeout di inattività (secondi)</translation>
    </message>
    <message>
        <source>Default customer language</source>
        <translation>Lingua predefinita dei clienti</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuovo PIN</translation>
    </message>
    <message>
        <source>Staff language</source>
        <translation>Lingua del personale</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Ripeti il nuovo PIN</translation>
    </message>
    <message>
        <source>PRO-Nr</source>
        <translation>n. PRO</translation>
    </message>
    <message>
        <source>Branch support contact</source>
        <translation>Contatto di supporto della filiale</translation>
    </message>
    <message>
        <source>Default External ID</source>
        <translation>ID esterno predefinito</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Nome della banca</translation>
    </message>
    <message>
        <source>Logo file (SVG or PNG)</source>
        <translation>File del logo (SVG o PNG)</translation>
    </message>
    <message>
        <source>Button colour</source>
        <translation>Colore dei pulsanti</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Colore di evidenziazione</translation>
    </message>
    <message>
        <source>The language of the staff screens; customers choose their own on the start screen.</source>
        <translation>La lingua delle schermate del personale; i clienti scelgono la propria nella schermata iniziale.</translation>
    </message>
    <message>
        <source>Same as the default language</source>
        <translation>Uguale alla lingua predefinita</translation>
    </message>
    <message>
        <source>stored in the OS keyring; leave empty to keep it</source>
        <translation>salvato nel portachiavi del sistema operativo; lasciare vuoto per mantenerlo</translation>
    </message>
    <message>
        <source>none stored yet: enter the one given with the client ID</source>
        <translation>nessuno salvato: inserisca quello ricevuto con l’ID client</translation>
    </message>
    <message>
        <source>Staff PIN changed. Saved to %1. The new settings apply now.</source>
        <translation>PIN del personale modificato. Salvato in %1. Le nuove impostazioni sono subito valide.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Staff screens close after (seconds)</source>
        <translation>Le schermate del personale si chiudono dopo (secondi)</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN attuale</translation>
    </message>
    <message>
        <source>Without a touch for this long, a staff screen closes; unsaved changes are lost.</source>
        <translation>Senza alcun tocco per questo tempo, una schermata del personale si chiude; le modifiche non salvate vanno perse.</translation>
    </message>
    <message>
        <source>your number for the Swisscom Service Desk</source>
        <translation>il Suo numero per il Service Desk Swisscom</translation>
    </message>
    <message>
        <source>name, phone, e-mail</source>
        <translation>nome, telefono, e-mail</translation>
    </message>
    <message>
        <source>for billing; staff can change it per order</source>
        <translation>per la fatturazione; il personale può modificarlo per ogni incarico</translation>
    </message>
    <message>
        <source>#rrggbb, dark enough for white text; empty: the kiosk&apos;s own</source>
        <translation>#rrggbb, abbastanza scuro per il testo bianco; vuoto: colore predefinito del chiosco</translation>
    </message>
    <message>
        <source>Leave all SRS fields empty for training mode (the built-in simulator).</source>
        <translation>Lasci vuoti tutti i campi SRS per la modalità formazione (simulatore integrato).</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Attiva %1</translation>
    </message>
    <message>
        <source>Presets offered on the method choice:</source>
        <translation>Preselezioni proposte nella scelta del metodo:</translation>
    </message>
    <message>
        <source>Offer preset %1</source>
        <translation>Proponi la preselezione %1</translation>
    </message>
    <message>
        <source>Use the notice for the additional AML contract</source>
        <translation>Usa l’informativa per il contratto LRD supplementare</translation>
    </message>
    <message>
        <source>Larger text on every screen</source>
        <translation>Testo più grande su tutte le schermate</translation>
    </message>
    <message>
        <source>On-screen keyboard for every field</source>
        <translation>Tastiera su schermo per tutti i campi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Chiudi le impostazioni</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Chiudi senza salvare</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Salva le impostazioni</translation>
    </message>
</context>
<context>
    <name>SrsError</name>
    <message>
        <source>The SRS refused the kiosk&apos;s access. Ask IT to check the client ID and secret in the settings.</source>
        <translation>L’SRS ha rifiutato l’accesso al chiosco. Chieda all’IT di verificare l’ID client e il secret nelle impostazioni.</translation>
    </message>
    <message>
        <source>The SRS has no confirmed evidence for this mobile number yet. Try again later.</source>
        <translation>L’SRS non ha ancora una prova confermata per questo numero di cellulare. Riprovi più tardi.</translation>
    </message>
    <message>
        <source>The SRS does not know this order or method. Check the reference ID, or start a new identification.</source>
        <translation>L’SRS non conosce questo ordine o metodo. Verifichi l’ID di riferimento o avvii una nuova identificazione.</translation>
    </message>
    <message>
        <source>Some details were refused. Correct them and try again.</source>
        <translation>Alcuni dati sono stati rifiutati. Li corregga e riprovi.</translation>
    </message>
    <message>
        <source>The order&apos;s current state does not allow this. Refresh to see its status.</source>
        <translation>Lo stato attuale dell’ordine non lo consente. Aggiorni per vederne lo stato.</translation>
    </message>
    <message>
        <source>The SRS cannot be reached right now. Check the network connection and try again in a moment.</source>
        <translation>L’SRS non è raggiungibile al momento. Verifichi la connessione di rete e riprovi tra poco.</translation>
    </message>
    <message>
        <source>The SRS sent an answer the kiosk does not understand. Try again; if it happens again, call support.</source>
        <translation>L’SRS ha inviato una risposta che il chiosco non capisce. Riprovi; se succede di nuovo, chiami il supporto.</translation>
    </message>
    <message>
        <source>This order is no longer in the kiosk&apos;s journal. Refresh the list.</source>
        <translation>Questo ordine non è più nel giornale del chiosco. Aggiorni l’elenco.</translation>
    </message>
    <message>
        <source>A file on this terminal could not be read or written.</source>
        <translation>Non è stato possibile leggere o scrivere un file su questo terminale.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, call support.</source>
        <translation>Qualcosa è andato storto. Riprovi; se succede di nuovo, chiami il supporto.</translation>
    </message>
    <message>
        <source>The SRS answered with a server error. Try again in a moment.</source>
        <translation>L’SRS ha risposto con un errore del server. Riprovi tra un momento.</translation>
    </message>
    <message>
        <source>The SRS is busy. Try again in a moment.</source>
        <translation>L’SRS è sovraccarico. Riprovi tra un momento.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Dettagli: %1</translation>
    </message>
</context>
<context>
    <name>StaffDetail</name>
    <message>
        <source>For staff: the start failed. %1</source>
        <translation>Per il personale: l’avvio non è riuscito. %1</translation>
    </message>
    <message>
        <source>For staff: the cancel failed. %1</source>
        <translation>Per il personale: l’annullamento non è riuscito. %1</translation>
    </message>
    <message>
        <source>For staff: this terminal cannot run this method now; nothing was sent. %1</source>
        <translation>Per il personale: questo terminale al momento non può eseguire questo metodo; non è stato inviato nulla. %1</translation>
    </message>
    <message>
        <source>For staff: order %1 ended %2; the provider&apos;s reason: %3</source>
        <translation>Per il personale: incarico %1 terminato (%2); motivo del fornitore: %3</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Incarichi</translation>
    </message>
    <message>
        <source>Order dashboard</source>
        <translation>Panoramica degli incarichi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosi</translation>
    </message>
    <message>
        <source>Terminal readiness (diagnosis)</source>
        <translation>Disponibilità del terminale (diagnosi)</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Esci dalla modalità chiosco</translation>
    </message>
    <message>
        <source>Return to kiosk mode</source>
        <translation>Torna alla modalità chiosco</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Chiudi il chiosco</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Close the staff menu</source>
        <translation>Chiudi il menu del personale</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>StaffStrip</name>
    <message>
        <source>For staff</source>
        <translation>Per il personale</translation>
    </message>
    <message>
        <source>SRS status: %1</source>
        <translation>Stato SRS: %1</translation>
    </message>
    <message>
        <source>Ref-ID: %1</source>
        <translation>Ref-ID: %1</translation>
    </message>
    <message>
        <source>Order ID: %1</source>
        <translation>ID dell’incarico: %1</translation>
    </message>
    <message>
        <source>Mobile token: %1</source>
        <translation>Token mobile: %1</translation>
    </message>
    <message>
        <source>Session token: %1</source>
        <translation>Token di sessione: %1</translation>
    </message>
    <message>
        <source>Evidence ID: %1</source>
        <translation>ID della prova: %1</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Supporto: %1</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>SRS Branch Kiosk</source>
        <translation>Chiosco SRS della filiale</translation>
    </message>
    <message>
        <source>The kiosk cannot start</source>
        <translation>Il chiosco non può avviarsi</translation>
    </message>
    <message>
        <source>The order journal cannot be used: %1</source>
        <translation>Il giornale degli incarichi non può essere usato: %1</translation>
    </message>
    <message>
        <source>No identification can be started until IT repairs or replaces the journal file; then start the kiosk again. Details in the log: %1</source>
        <translation>Non è possibile avviare alcuna identificazione finché l’informatica non ripara o sostituisce il file del giornale degli incarichi; poi riavvii il chiosco. Dettagli nel log: %1</translation>
    </message>
    <message>
        <source>The settings cannot be used: %1</source>
        <translation>Le impostazioni non sono utilizzabili: %1</translation>
    </message>
    <message>
        <source>No identification can be started until IT corrects the settings; then start the kiosk again. Details in the log: %1</source>
        <translation>Nessuna identificazione può essere avviata finché l&apos;IT non corregge le impostazioni; poi riavviate il chiosco. Dettagli nel log: %1</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Identification in progress</source>
        <translation>Identificazione in corso</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Annulla l’identificazione</translation>
    </message>
    <message>
        <source>Open the SMS sent to your mobile phone and accept the terms.</source>
        <translation>Apra l’SMS inviato al Suo cellulare e accetti le condizioni d’uso.</translation>
    </message>
    <message>
        <source>Open the SMS sent to %1 and accept the terms.</source>
        <translation>Apra l’SMS inviato al %1 e accetti le condizioni d’uso.</translation>
    </message>
    <message>
        <source>Finish the identification on your phone.</source>
        <translation>Concluda l’identificazione sul Suo telefono.</translation>
    </message>
    <message>
        <source>Finish the identification on your phone or on this screen.</source>
        <translation>Concluda l’identificazione sul Suo telefono o su questa schermata.</translation>
    </message>
    <message>
        <source>Nothing to do for you now: the provider checks your identification. You may leave; the kiosk keeps following it.</source>
        <translation>Ora non deve fare più nulla: il fornitore verifica la Sua identificazione. Può andare; il chiosco continua a seguirla.</translation>
    </message>
    <message>
        <source>The SMS may take a minute or two. No SMS? Ask the staff.</source>
        <translation>L’SMS può richiedere uno o due minuti. Nessun SMS? Si rivolga al personale.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to the identification</source>
        <translation>Torna all’identificazione</translation>
    </message>
    <message>
        <source>End here: the identification goes on</source>
        <translation>Termina qui: l’identificazione prosegue</translation>
    </message>
    <message>
        <source>End here and clear this screen: the identification goes on and is not cancelled</source>
        <translation>Termina qui e svuota questa schermata: l’identificazione prosegue e non viene annullata</translation>
    </message>
    <message>
        <source>Ending here clears your details from this screen. Your identification is not cancelled: it goes on, and the kiosk keeps following it.</source>
        <translation>Se termina qui, i Suoi dati vengono cancellati da questa schermata. La Sua identificazione non viene annullata: prosegue, e il chiosco continua a seguirla.</translation>
    </message>
    <message>
        <source>One last step</source>
        <translation>Un ultimo passo</translation>
    </message>
    <message>
        <source>Tip: activate Mobile ID (the Mobile ID app or your SIM card) before you sign: then signing takes one tap. Without it you sign with a password and a code by SMS.</source>
        <translation>Consiglio: attivi Mobile ID (l’app Mobile ID o la Sua carta SIM) prima di firmare: così basta un solo tocco per firmare. Senza Mobile ID firmerà con una password e un codice ricevuto via SMS.</translation>
    </message>
    <message>
        <source>Checking the evidence with the registration service…</source>
        <translation>Verifica della prova presso il servizio di registrazione…</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>choosing the method</source>
        <translation>scelta del metodo</translation>
    </message>
    <message>
        <source>your details</source>
        <translation>i Suoi dati</translation>
    </message>
    <message>
        <source>your consent</source>
        <translation>il Suo consenso</translation>
    </message>
    <message>
        <source>your identification</source>
        <translation>la Sua identificazione</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passo %1 di %2: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, almost done</source>
        <translation>Passo %1 di %2: %3, quasi finito</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, about %n minute(s) left</source>
        <translation>Passo %1 di %2: %3, ancora circa %n min</translation>
    </message>
</context>
<context>
    <name>SupportCard</name>
    <message>
        <source>Authentication to SRS and requests (target URL, Ref-ID, Order ID)</source>
        <translation>Autenticazione presso l’SRS e richieste (URL di destinazione, Ref-ID, ID dell’incarico)</translation>
    </message>
    <message>
        <source>Swisscom Service Desk with PRO-Nr (Ref-ID, Order ID, method used, problem description, time)</source>
        <translation>Service Desk Swisscom con n. PRO (Ref-ID, ID dell’incarico, metodo utilizzato, descrizione del problema, ora)</translation>
    </message>
    <message>
        <source>Leading the customer to the identification (target URL, identity data)</source>
        <translation>Accompagnamento del cliente all’identificazione (URL di destinazione, dati d’identità)</translation>
    </message>
    <message>
        <source>Service Provider Support (this branch&apos;s IT)</source>
        <translation>Supporto del Service Provider (informatica di questa filiale)</translation>
    </message>
    <message>
        <source>The identification itself at the identification provider</source>
        <translation>L’identificazione stessa presso il fornitore di identificazione</translation>
    </message>
    <message>
        <source>Identification Service Provider via the Swisscom Service Desk with PRO-Nr (Ref-ID, Order ID, method used, problem description, time)</source>
        <translation>Fornitore di identificazione tramite il Service Desk Swisscom con n. PRO (Ref-ID, ID dell’incarico, metodo utilizzato, descrizione del problema, ora)</translation>
    </message>
    <message>
        <source>Following the order until the identification is successful (status checking)</source>
        <translation>Monitoraggio dell’incarico fino alla riuscita dell’identificazione (verifica dello stato)</translation>
    </message>
    <message>
        <source>Evidence at the RA service, SMS for the terms and conditions, declaration of will</source>
        <translation>Prova presso il servizio RA, SMS per le condizioni d’uso, dichiarazione di volontà</translation>
    </message>
    <message>
        <source>Swisscom Service Desk with PRO-Nr (Ref-ID, identification method used, MSISDN, evidence ID, problem description, contact)</source>
        <translation>Service Desk Swisscom con n. PRO (Ref-ID, metodo di identificazione utilizzato, MSISDN, ID della prova, descrizione del problema, contatto)</translation>
    </message>
    <message>
        <source>SRS support card</source>
        <translation>Scheda di supporto SRS</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Fase del processo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Branch contact</source>
        <translation>Contatto della filiale</translation>
    </message>
    <message>
        <source>Evidence ID</source>
        <translation>ID della prova</translation>
    </message>
    <message>
        <source>Mobile token / session token</source>
        <translation>Token mobile / token di sessione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problema di connessione</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Cronologia degli stati</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>Descrizione del problema</translation>
    </message>
    <message>
        <source>none (the SRS gave no number)</source>
        <translation>nessuno (il SRS non ha fornito alcun numero)</translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>Asking the SRS for the mobile number…</source>
        <translation>Richiesta del numero di cellulare all’SRS…</translation>
    </message>
    <message>
        <source>The mobile number could not be fetched: %1</source>
        <translation>Non è stato possibile ottenere il numero di cellulare: %1</translation>
    </message>
    <message>
        <source>(not set: Settings, Support and billing)</source>
        <translation>(non impostato: Impostazioni, Supporto e fatturazione)</translation>
    </message>
    <message>
        <source>(asking the SRS…)</source>
        <translation>(richiesta all’SRS…)</translation>
    </message>
    <message>
        <source>The support card is on the clipboard.</source>
        <translation>La scheda di supporto è stata copiata negli appunti.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Salvata come %1.</translation>
    </message>
    <message>
        <source>Support card</source>
        <translation>Scheda di supporto</translation>
    </message>
    <message>
        <source>Back to the order dashboard</source>
        <translation>Torna alla panoramica degli incarichi</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Fase del processo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>PRO-Nr</source>
        <translation>n. PRO</translation>
    </message>
    <message>
        <source>Branch contact</source>
        <translation>Contatto della filiale</translation>
    </message>
    <message>
        <source>Ref-ID</source>
        <translation>Ref-ID</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID dell’incarico</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>MSISDN</source>
        <translation>MSISDN</translation>
    </message>
    <message>
        <source>Mobile token / session token</source>
        <translation>Token mobile / token di sessione</translation>
    </message>
    <message>
        <source>Evidence ID</source>
        <translation>ID della prova</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>Descrizione del problema</translation>
    </message>
    <message>
        <source>What happened, what the customer saw, when…</source>
        <translation>Che cosa è successo, che cosa ha visto il cliente, quando…</translation>
    </message>
    <message>
        <source>Export as text</source>
        <translation>Esporta come testo</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Esporta come JSON</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiata.</translation>
    </message>
    <message>
        <source>The support card is on the clipboard until you leave this screen.</source>
        <translation>La scheda di supporto è negli appunti finché non lascia questa schermata.</translation>
    </message>
    <message>
        <source>Copy the support card</source>
        <translation>Copia la scheda di supporto</translation>
    </message>
    <message>
        <source>The support card could not be saved. %1</source>
        <translation>La scheda di supporto non è stata salvata. %1</translation>
    </message>
    <message>
        <source>Export the support card as text</source>
        <translation>Esporta la scheda di supporto come testo</translation>
    </message>
    <message>
        <source>Export the support card as JSON</source>
        <translation>Esporta la scheda di supporto come JSON</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Initialized</source>
        <translation>Inizializzato</translation>
    </message>
    <message>
        <source>Identification done</source>
        <translation>Identificazione eseguita</translation>
    </message>
    <message>
        <source>Data ready</source>
        <translation>Dati pronti</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Non identificato</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Check that every name and the date of birth match the ID document exactly (all first names, accents), then start again with the corrected details.</source>
        <translation>Verifichi che tutti i nomi e la data di nascita corrispondano esattamente al documento d’identità (tutti i nomi, accenti), poi ricominci con i dati corretti.</translation>
    </message>
    <message>
        <source>The identification was cancelled</source>
        <translation>L’identificazione è stata annullata</translation>
    </message>
    <message>
        <source>Identified, but not confirmed yet</source>
        <translation>Identificato, ma non ancora confermato</translation>
    </message>
    <message>
        <source>The identification did not succeed</source>
        <translation>L’identificazione non è riuscita</translation>
    </message>
    <message>
        <source>Please speak with the staff.</source>
        <translation>Si rivolga al personale.</translation>
    </message>
    <message>
        <source>The session ran out before the identification was finished. Start a new identification: it issues a new link.</source>
        <translation>La sessione è scaduta prima della fine dell’identificazione. Avvii una nuova identificazione: riceverà un nuovo link.</translation>
    </message>
    <message>
        <source>The provider could not finish the identification. Check light, camera and microphone, then start a new identification. If it fails again, call support with the reference ID.</source>
        <translation>Il fornitore non ha potuto concludere l’identificazione. Verifichi luce, videocamera e microfono, poi avvii una nuova identificazione. Se non riesce di nuovo, chiami il supporto indicando l’ID di riferimento.</translation>
    </message>
    <message>
        <source>Start a new identification and log in again, or choose another identification method.</source>
        <translation>Avvii una nuova identificazione ed effettui di nuovo l’accesso, oppure scelga un altro metodo di identificazione.</translation>
    </message>
    <message>
        <source>Choose another identification method.</source>
        <translation>Scelga un altro metodo di identificazione.</translation>
    </message>
    <message>
        <source>Start a new identification with a valid ID document, or choose another identification method.</source>
        <translation>Avvii una nuova identificazione con un documento d’identità valido oppure scelga un altro metodo di identificazione.</translation>
    </message>
    <message>
        <source>Nothing more happens with this order. Start a new identification if the customer wishes.</source>
        <translation>Questo incarico non viene più elaborato. Avvii una nuova identificazione se il cliente lo desidera.</translation>
    </message>
    <message>
        <source>The customer has to accept the terms and conditions in the SMS sent to their mobile. The kiosk stops checking now; staff can check again later with the reference ID.</source>
        <translation>Il cliente deve accettare le condizioni d’uso nell’SMS inviato al suo cellulare. Il chiosco ora smette di verificare; il personale può verificare di nuovo più tardi con l’ID di riferimento.</translation>
    </message>
    <message>
        <source>Start a new identification, or choose another identification method. Where details were given, check that they match the ID document exactly.</source>
        <translation>Avvii una nuova identificazione oppure scelga un altro metodo di identificazione. Se sono stati indicati dei dati, verifichi che corrispondano esattamente al documento d’identità.</translation>
    </message>
    <message>
        <source>Start a new identification, or choose another identification method. If it fails again, call support with the reference ID.</source>
        <translation>Avvii una nuova identificazione oppure scelga un altro metodo di identificazione. Se non riesce di nuovo, chiami il supporto indicando l’ID di riferimento.</translation>
    </message>
    <message>
        <source>Start a new identification, or call support with the reference ID.</source>
        <translation>Avvii una nuova identificazione oppure chiami il supporto indicando l’ID di riferimento.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Identify yourself</source>
        <translation>Si identifichi</translation>
    </message>
    <message>
        <source>The provider checks</source>
        <translation>Il fornitore verifica</translation>
    </message>
    <message>
        <source>Confirm the SMS</source>
        <translation>Confermi l’SMS</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Pronto per la firma</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>pochi minuti</translation>
    </message>
    <message>
        <source>about %n minute(s)</source>
        <translation>circa %n min</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>non ancora confermato</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <source>now — %1</source>
        <translation>ora – %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
</context>
<context>
    <name>Unavailable</name>
    <message>
        <source>This kiosk does not know this method, and it has no web flow: it cannot be handed off at this terminal.</source>
        <translation>Questo chiosco non conosce questo metodo, che non funziona nel browser: non può essere usato su questo terminale.</translation>
    </message>
    <message>
        <source>Switched off in this branch&apos;s settings.</source>
        <translation>Disattivato nelle impostazioni di questa filiale.</translation>
    </message>
</context>
<context>
    <name>VerdictList</name>
    <message>
        <source>Which methods this terminal can run appears here once the check has run.</source>
        <translation>I metodi che questo terminale può eseguire appaiono qui dopo la verifica.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Non pronto</translation>
    </message>
    <message>
        <source>Blocked by: %1</source>
        <translation>Bloccato da: %1</translation>
    </message>
    <message>
        <source>Recommended checks that did not pass: %1</source>
        <translation>Controlli consigliati non superati: %1</translation>
    </message>
</context>
<context>
    <name>WebNotice</name>
    <message>
        <source>Back to the identification</source>
        <translation>Torna all’identificazione</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <source>Start over: cancels this identification and starts a new one</source>
        <translation>Ricomincia: annulla questa identificazione e ne avvia una nuova</translation>
    </message>
    <message>
        <source>Load the page again</source>
        <translation>Ricarica la pagina</translation>
    </message>
    <message>
        <source>This page cannot be opened here</source>
        <translation>Questa pagina non può essere aperta qui</translation>
    </message>
    <message>
        <source>The page tried to open %1, which is not part of the identification. It was not opened.</source>
        <translation>La pagina ha tentato di aprire %1, che non fa parte dell’identificazione. Non è stata aperta.</translation>
    </message>
    <message>
        <source>You can go on with the identification.</source>
        <translation>Può proseguire con l’identificazione.</translation>
    </message>
    <message>
        <source>The connection is not secure</source>
        <translation>La connessione non è sicura</translation>
    </message>
    <message>
        <source>The provider&apos;s page could not prove its identity, so it was not opened. No data was sent.</source>
        <translation>La pagina del fornitore non ha potuto dimostrare la propria identità, quindi non è stata aperta. Non è stato inviato alcun dato.</translation>
    </message>
    <message>
        <source>Please ask the branch staff: the terminal&apos;s date and time, or a proxy in the branch network, may be wrong.</source>
        <translation>Si rivolga al personale della filiale: la data e l’ora del terminale, o un proxy nella rete della filiale, potrebbero essere errati.</translation>
    </message>
    <message>
        <source>The page could not be loaded</source>
        <translation>Non è stato possibile caricare la pagina</translation>
    </message>
    <message>
        <source>The provider&apos;s page did not answer.</source>
        <translation>La pagina del fornitore non ha risposto.</translation>
    </message>
    <message>
        <source>Check that the terminal is connected to the network, then load the page again. Your identification is kept.</source>
        <translation>Verifichi che il terminale sia collegato alla rete, poi ricarichi la pagina. La Sua identificazione viene conservata.</translation>
    </message>
    <message>
        <source>The page stopped working</source>
        <translation>La pagina ha smesso di funzionare</translation>
    </message>
    <message>
        <source>The provider&apos;s page was closed unexpectedly.</source>
        <translation>La pagina del fornitore è stata chiusa inaspettatamente.</translation>
    </message>
    <message>
        <source>Load the page again to continue where you can. If it happens again, please ask the branch staff.</source>
        <translation>Ricarichi la pagina per riprendere dove possibile. Se succede di nuovo, si rivolga al personale della filiale.</translation>
    </message>
    <message>
        <source>The identification page cannot be shown here</source>
        <translation>La pagina di identificazione non può essere mostrata qui</translation>
    </message>
    <message>
        <source>This terminal&apos;s browser is set up in a way that is not safe for an identification.</source>
        <translation>Il browser di questo terminale è configurato in un modo non sicuro per un’identificazione.</translation>
    </message>
    <message>
        <source>Please ask the branch staff. You can continue on your phone instead.</source>
        <translation>Si rivolga al personale della filiale. In alternativa può continuare sul Suo telefono.</translation>
    </message>
    <message>
        <source>This identification link is used up</source>
        <translation>Questo link di identificazione è esaurito</translation>
    </message>
    <message>
        <source>The provider allows its link to be opened only a few times, and that number is reached.</source>
        <translation>Il fornitore consente di aprire il suo link solo poche volte, e questo numero è stato raggiunto.</translation>
    </message>
    <message>
        <source>Start over to get a new link: this identification is cancelled and your data is kept.</source>
        <translation>Ricominci per ricevere un nuovo link: questa identificazione viene annullata e i Suoi dati vengono conservati.</translation>
    </message>
    <message>
        <source>This identification has expired</source>
        <translation>Questa identificazione è scaduta</translation>
    </message>
    <message>
        <source>The provider&apos;s session lasts a limited time, and it has run out.</source>
        <translation>La sessione del fornitore ha una durata limitata, che è scaduta.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Camera</source>
        <translation>Videocamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfono</translation>
    </message>
    <message>
        <source>Download speed</source>
        <translation>Velocità di download</translation>
    </message>
    <message>
        <source>Upload speed</source>
        <translation>Velocità di upload</translation>
    </message>
    <message>
        <source>Connections (TCP)</source>
        <translation>Connessioni (TCP)</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Connessione sicura (TLS)</translation>
    </message>
    <message>
        <source>Secure connection to the video hosts (TLS)</source>
        <translation>Connessione sicura agli host video (TLS)</translation>
    </message>
    <message>
        <source>WebSocket (video signalling)</source>
        <translation>WebSocket (segnalazione video)</translation>
    </message>
    <message>
        <source>Non-TLS traffic on port 443</source>
        <translation>Traffico non TLS sulla porta 443</translation>
    </message>
    <message>
        <source>UDP (STUN)</source>
        <translation>UDP (STUN)</translation>
    </message>
    <message>
        <source>UDP high ports (STUN)</source>
        <translation>Porte UDP alte (STUN)</translation>
    </message>
    <message>
        <source>Video calls in the browser (WebRTC)</source>
        <translation>Videochiamate nel browser (WebRTC)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non eseguito</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superato</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <source>required %1</source>
        <translation>richiesto %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Dettaglio tecnico: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
</TS>
