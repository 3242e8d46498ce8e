<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message numerus="yes">
        <source>%n identification(s) still followed in the background</source>
        <translation>
            <numerusform>%n identification encore suivie en arrière-plan</numerusform>
            <numerusform>%n identifications encore suivies en arrière-plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Identify yourself for your electronic signature</source>
        <translation>Identifiez-vous pour votre signature électronique</translation>
    </message>
    <message>
        <source>Choose your language. A member of staff will guide you through the next steps.</source>
        <translation>Choisissez votre langue. Un collaborateur ou une collaboratrice vous guidera pour les étapes suivantes.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Larger text and high contrast</source>
        <translation>Texte plus grand et contraste élevé</translation>
    </message>
    <message>
        <source>Start identification</source>
        <translation>Commencer l’identification</translation>
    </message>
    <message>
        <source>Start identification (staff)</source>
        <translation>Commencer l’identification (personnel)</translation>
    </message>
</context>
<context>
    <name>BrandingPreview</name>
    <message>
        <source>the logo</source>
        <translation>le logo</translation>
    </message>
    <message>
        <source>the button colour</source>
        <translation>la couleur des boutons</translation>
    </message>
    <message>
        <source>the highlight colour</source>
        <translation>la couleur de mise en évidence</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not usable as typed, shown as the kiosk&apos;s own: %1.</source>
        <translation>Inutilisable tel quel, celle du kiosque est affichée : %1.</translation>
    </message>
    <message>
        <source>Preview of the branding</source>
        <translation>Aperçu de l&apos;image de marque</translation>
    </message>
    <message>
        <source>Start identification</source>
        <translation>Démarrer l&apos;identification</translation>
    </message>
    <message>
        <source>A main button: %1</source>
        <translation>Un bouton principal : %1</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Choisi</translation>
    </message>
    <message>
        <source>A chosen item: %1</source>
        <translation>Un élément choisi : %1</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>No camera found.</source>
        <translation>Aucune caméra trouvée.</translation>
    </message>
    <message>
        <source>This application may not use the camera: allow it in the system settings.</source>
        <translation>Cette application n’a pas accès à la caméra : autorisez-le dans les réglages du système.</translation>
    </message>
    <message>
        <source>The camera does not work: %1</source>
        <translation>La caméra ne fonctionne pas : %1</translation>
    </message>
    <message>
        <source>The camera picture appears here while this screen is open.</source>
        <translation>L’image de la caméra s’affiche ici tant que cet écran est ouvert.</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
</context>
<context>
    <name>CancelConfirm</name>
    <message>
        <source>Cancel this identification?</source>
        <translation>Annuler cette identification ?</translation>
    </message>
    <message>
        <source>The identification stops at the provider and cannot be continued. To be identified later, you start a new one.</source>
        <translation>L’identification est arrêtée chez le prestataire et ne peut pas être poursuivie. Pour vous identifier plus tard, vous commencerez une nouvelle identification.</translation>
    </message>
    <message>
        <source>Yes, cancel</source>
        <translation>Oui, annuler</translation>
    </message>
    <message>
        <source>Yes, cancel the identification</source>
        <translation>Oui, annuler l’identification</translation>
    </message>
    <message>
        <source>No, go on</source>
        <translation>Non, continuer</translation>
    </message>
    <message>
        <source>No, go on with the identification</source>
        <translation>Non, poursuivre l’identification</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Checking this terminal for the video call (camera, microphone, network)…</source>
        <translation>Vérification de ce terminal pour l’appel vidéo (caméra, microphone, réseau)…</translation>
    </message>
    <message>
        <source>Requesting the personal identification link…</source>
        <translation>Demande du lien d’identification personnel…</translation>
    </message>
    <message>
        <source>This terminal cannot record identifications right now, so your identification was not started. Please ask the staff for help.</source>
        <translation>Ce terminal ne peut pas enregistrer d’identifications pour le moment ; votre identification n’a donc pas été lancée. Veuillez demander de l’aide au personnel.</translation>
    </message>
    <message>
        <source>For staff: the order journal could not be written, so the start was not sent (%1). Check the disk space and the data folder, then restart the kiosk.</source>
        <translation>Pour le personnel : le journal des mandats n’a pas pu être écrit ; le lancement n’a donc pas été envoyé (%1). Vérifiez l’espace disque et le dossier de données, puis redémarrez le kiosque.</translation>
    </message>
    <message>
        <source>For staff: the order journal could not be written (%1). Order %2 was created and has been cancelled again. Check the disk space and the data folder, then restart the kiosk.</source>
        <translation>Pour le personnel : le journal des mandats n’a pas pu être écrit (%1). Le mandat %2 a été créé, puis annulé. Vérifiez l’espace disque et le dossier de données, puis redémarrez le kiosque.</translation>
    </message>
    <message>
        <source>For staff: the order journal could not be written (%1). Order %2 was created and could NOT be cancelled: cancel it with support. Check the disk space and the data folder, then restart the kiosk.</source>
        <translation>Pour le personnel : le journal des mandats n’a pas pu être écrit (%1). Le mandat %2 a été créé et n’a PAS pu être annulé : annulez-le avec l’aide du support. Vérifiez l’espace disque et le dossier de données, puis redémarrez le kiosque.</translation>
    </message>
    <message>
        <source>Before you continue</source>
        <translation>Avant de continuer</translation>
    </message>
    <message>
        <source>Tip: activate Mobile ID (on your SIM card or in the Mobile ID app) before you start. You can then sign with it easily; otherwise you sign with a password and a code by SMS.</source>
        <translation>Conseil : activez Mobile ID (sur votre carte SIM ou dans l’application Mobile ID) avant de commencer. Vous pourrez ensuite signer facilement avec Mobile ID ; sinon, vous signez avec un mot de passe et un code reçu par SMS.</translation>
    </message>
    <message>
        <source>After the identification you get an SMS from Swisscom: accept the terms to finish.</source>
        <translation>Après l’identification, vous recevez un SMS de Swisscom : acceptez les conditions d’utilisation pour terminer.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the customer details</source>
        <translation>Retour aux données du client</translation>
    </message>
    <message>
        <source>Check my details</source>
        <translation>Vérifier mes données</translation>
    </message>
    <message>
        <source>Back to the details to check them</source>
        <translation>Retour aux données pour les vérifier</translation>
    </message>
    <message>
        <source>Choose another method</source>
        <translation>Choisir une autre méthode</translation>
    </message>
    <message>
        <source>Back to the method choice</source>
        <translation>Retour au choix de la méthode</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try again to start</source>
        <translation>Réessayer de lancer</translation>
    </message>
    <message>
        <source>I agree — continue</source>
        <translation>J’accepte – continuer</translation>
    </message>
    <message>
        <source>I agree to the notice: continue</source>
        <translation>J’accepte l’avis : continuer</translation>
    </message>
</context>
<context>
    <name>CustomerError</name>
    <message>
        <source>The identification service is not answering right now: please try again in a moment.</source>
        <translation>Le service d’identification ne répond pas pour le moment : veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>This terminal cannot start identifications right now: please ask the staff for help.</source>
        <translation>Ce terminal ne peut pas lancer d’identifications pour le moment : veuillez demander de l’aide au personnel.</translation>
    </message>
    <message>
        <source>This identification method is not available right now: please choose another one.</source>
        <translation>Cette méthode d’identification n’est pas disponible pour le moment : veuillez en choisir une autre.</translation>
    </message>
    <message>
        <source>Some of your details were not accepted: please check them.</source>
        <translation>Certaines de vos données n’ont pas été acceptées : veuillez les vérifier.</translation>
    </message>
    <message>
        <source>Something went wrong on our side: please try again.</source>
        <translation>Une erreur s’est produite de notre côté : veuillez réessayer.</translation>
    </message>
    <message>
        <source>This terminal cannot run this identification right now: please choose another method.</source>
        <translation>Ce terminal ne peut pas effectuer cette identification pour le moment : veuillez choisir une autre méthode.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>The orders could not be read: %1</source>
        <translation>Les mandats n’ont pas pu être lus : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) got no answer from the SRS: it may hold an order this terminal does not follow. Check with support:</source>
        <translation>
            <numerusform>%n lancement est resté sans réponse du SRS : il détient peut-être un mandat que ce terminal ne suit pas. Vérifiez auprès du support :</numerusform>
            <numerusform>%n lancements sont restés sans réponse du SRS : il détient peut-être des mandats que ce terminal ne suit pas. Vérifiez auprès du support :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2, External ID %3, started %4</source>
        <translation>%1/%2, ID externe %3, lancé le %4</translation>
    </message>
    <message>
        <source>Cancel order %1? The identification stops at the provider; this cannot be undone.</source>
        <translation>Annuler le mandat %1 ? L’identification est arrêtée chez le prestataire ; cette action est irréversible.</translation>
    </message>
    <message>
        <source>Another customer&apos;s session is open on this terminal. Showing the code of %1 ends that session (an order under way goes on being followed).</source>
        <translation>La session d’un autre client est ouverte sur ce terminal. Afficher le code de %1 met fin à cette session (un mandat en cours continue d’être suivi).</translation>
    </message>
    <message>
        <source>Yes, show the code</source>
        <translation>Oui, afficher le code</translation>
    </message>
    <message>
        <source>The code of %1 cannot be shown again: the order is no longer waiting for its customer.</source>
        <translation>Le code de %1 ne peut plus être affiché : le mandat n’attend plus son client.</translation>
    </message>
    <message>
        <source>Could not show the code of %1: %2</source>
        <translation>Impossible d’afficher le code de %1 : %2</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>Annulation de %1…</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>Impossible d’annuler %1 : %2</translation>
    </message>
    <message>
        <source>Cancel of %1 requested: another process (pid %2 on %3) follows this order and cancels it at its next lease renewal, shortly. The row shows the result.</source>
        <translation>Annulation de %1 demandée : un autre processus (PID %2 sur %3) suit ce mandat et l’annulera sous peu, au prochain renouvellement de son bail. La ligne en affiche le résultat.</translation>
    </message>
    <message>
        <source>Cancel of %1 requested: the SRS did not confirm yet; the kiosk keeps trying.</source>
        <translation>Annulation de %1 demandée : le SRS ne l’a pas encore confirmée ; le kiosque continue d’essayer.</translation>
    </message>
    <message>
        <source>The SRS did not cancel %1: it offers no cancel for this order. The identification stays open until it ends; the row shows how.</source>
        <translation>Le SRS n’a pas annulé %1 : il n’offre pas d’annulation pour ce mandat. L’identification reste ouverte jusqu’à sa fin ; la ligne indique comment elle se termine.</translation>
    </message>
    <message>
        <source>Order %1: %2.</source>
        <translation>Mandat %1 : %2.</translation>
    </message>
    <message>
        <source>Asking the SRS about %1…</source>
        <translation>Interrogation du SRS sur %1…</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>Impossible de vérifier %1 : %2</translation>
    </message>
    <message>
        <source>Another process follows %1 (%2) and checks it on its own.</source>
        <translation>Un autre processus suit %1 (%2) et le vérifie lui-même.</translation>
    </message>
    <message>
        <source>Checked %1: SRS status %2, %3; next: %4.</source>
        <translation>%1 vérifié : statut SRS %2, %3 ; ensuite : %4.</translation>
    </message>
    <message>
        <source>Orders: %1; still in progress: %2.</source>
        <translation>Mandats : %1 ; encore en cours : %2.</translation>
    </message>
    <message>
        <source>Shown: %1.</source>
        <translation>Affichées : %1.</translation>
    </message>
    <message>
        <source>No order matches: check the Ref-ID, or clear the search or the switches.</source>
        <translation>Aucun mandat ne correspond : vérifiez la Ref-ID, ou effacez la recherche ou les filtres.</translation>
    </message>
    <message>
        <source>No order matches: check the Ref-ID or clear the search.</source>
        <translation>Aucun mandat ne correspond : vérifiez la Ref-ID ou effacez la recherche.</translation>
    </message>
    <message>
        <source>No order in progress needs attention: turn off &quot;Open only&quot; to see the ended ones that do.</source>
        <translation>Aucun mandat en cours ne demande d&apos;attention : désactivez « Ouvertes seulement » pour voir les mandats terminés qui en demandent.</translation>
    </message>
    <message>
        <source>Orders on this terminal</source>
        <translation>Mandats sur ce terminal</translation>
    </message>
    <message>
        <source>Close the order dashboard</source>
        <translation>Fermer l’aperçu des mandats</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Search by Ref-ID</source>
        <translation>Rechercher par Ref-ID</translation>
    </message>
    <message>
        <source>Search orders by Ref-ID</source>
        <translation>Rechercher des commandes par Ref-ID</translation>
    </message>
    <message>
        <source>Part of the Ref-ID; the list shows the orders whose Ref-ID holds it</source>
        <translation>Une partie de la Ref-ID ; la liste montre les commandes dont la Ref-ID la contient</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Ouvertes seulement</translation>
    </message>
    <message>
        <source>Show only the orders still in progress</source>
        <translation>Afficher seulement les commandes encore en cours</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Show only the orders that failed, ended without evidence or cannot be checked</source>
        <translation>Afficher seulement les mandats échoués, terminés sans preuve ou impossibles à vérifier</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the order list</source>
        <translation>Actualiser la liste des mandats</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Annuler le mandat…</translation>
    </message>
    <message>
        <source>Cancel the selected order</source>
        <translation>Annuler le mandat sélectionné</translation>
    </message>
    <message>
        <source>Support card</source>
        <translation>Fiche de support</translation>
    </message>
    <message>
        <source>Open the support card of the selected order</source>
        <translation>Ouvrir la fiche de support du mandat sélectionné</translation>
    </message>
    <message>
        <source>Yes, cancel the order</source>
        <translation>Oui, annuler le mandat</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Ask the SRS about the selected order now, not at its next check</source>
        <translation>Interroger le SRS sur le mandat choisi maintenant, sans attendre la prochaine vérification</translation>
    </message>
    <message>
        <source>Show the code again</source>
        <translation>Afficher à nouveau le code</translation>
    </message>
    <message>
        <source>Show the selected order&apos;s QR code or web page to its customer again</source>
        <translation>Afficher à nouveau au client le code QR ou la page web du mandat sélectionné</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Non, le conserver</translation>
    </message>
</context>
<context>
    <name>DataScreen</name>
    <message>
        <source>Used as: %1</source>
        <translation>Utilisé comme : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting.</source>
        <translation>
            <numerusform>%n champ doit être corrigé.</numerusform>
            <numerusform>%n champs doivent être corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer details for %1</source>
        <translation>Données du client pour %1</translation>
    </message>
    <message>
        <source>Enter the details exactly as on the ID document. Fields marked * are required.</source>
        <translation>Saisissez les données exactement comme sur la pièce d’identité. Les champs marqués d’un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Enter your mobile number: the identification and your signatures later are bound to it. Fields marked * are required.</source>
        <translation>Saisissez votre numéro de mobile : l’identification et vos signatures ultérieures sont liées à ce numéro. Les champs marqués d’un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Enter the details exactly as your bank has them for your account. Fields marked * are required.</source>
        <translation>Saisissez les données exactement telles que votre banque les a enregistrées pour votre compte. Les champs marqués d’un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Réservé au personnel</translation>
    </message>
    <message>
        <source>Also send the other data for matching</source>
        <translation>Envoyer aussi les autres données pour comparaison</translation>
    </message>
    <message>
        <source>Without a data match the only identity detail sent is the last name: it must match the ID document exactly (no typos, every accent), or the identification is rejected.</source>
        <translation>Sans comparaison des données, seul le nom est envoyé comme donnée d’identité : il doit correspondre exactement à la pièce d’identité (sans faute de frappe, avec tous les accents), sinon l’identification est refusée.</translation>
    </message>
    <message>
        <source>Every detail sent is checked against the ID document; the identification fails if one does not match. Send only what you need matched.</source>
        <translation>Chaque donnée envoyée est comparée à la pièce d’identité ; si l’une d’elles ne correspond pas, l’identification échoue. N’envoyez que ce qui doit être comparé.</translation>
    </message>
    <message>
        <source>This branch&apos;s default; change it for this order if needed.</source>
        <translation>Valeur par défaut de cette succursale ; modifiez-la pour ce mandat si nécessaire.</translation>
    </message>
    <message>
        <source>Training: SIM-WAIT waits for the provider page&apos;s buttons; SIM-NEGATIVE, SIM-ERROR, SIM-NOTERMS and SIM-EXPIRE play other outcomes.</source>
        <translation>Formation : SIM-WAIT attend les boutons de la page du prestataire ; SIM-NEGATIVE, SIM-ERROR, SIM-NOTERMS et SIM-EXPIRE simulent d’autres issues.</translation>
    </message>
    <message>
        <source>Not accepted by this method: %1</source>
        <translation>Non accepté par cette méthode : %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the method choice</source>
        <translation>Retour au choix de la méthode</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next: the customer&apos;s consent</source>
        <translation>Suivant : le consentement du client</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>There is no day %1 in that month: enter the day again.</source>
        <translation>Ce mois n’a pas de jour %1 : saisissez à nouveau le jour.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>L’année doit être comprise entre %1 et %2.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>Le mois doit être compris entre 1 et 12.</translation>
    </message>
    <message>
        <source>The day must be between 1 and %1.</source>
        <translation>Le jour doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>JJ</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
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
        <translation>Fermer le diagnostic</translation>
    </message>
</context>
<context>
    <name>DiagnosisWidget</name>
    <message>
        <source>The check could not run: %1</source>
        <translation>La vérification n’a pas pu être effectuée : %1</translation>
    </message>
    <message>
        <source>Terminal readiness</source>
        <translation>Disponibilité du terminal</translation>
    </message>
    <message>
        <source>Checks camera, microphone, network speed, connections, UDP and the built-in browser, and tells which identification methods this terminal can run.</source>
        <translation>Vérifie la caméra, le microphone, le débit réseau, les connexions, UDP et le navigateur intégré, et indique quelles méthodes d’identification ce terminal peut effectuer.</translation>
    </message>
    <message>
        <source>The report could not be saved. %1</source>
        <translation>Le rapport n&apos;a pas pu être enregistré. %1</translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation>Enregistrer en texte</translation>
    </message>
    <message>
        <source>Save as JSON</source>
        <translation>Enregistrer en JSON</translation>
    </message>
    <message>
        <source>Identification methods</source>
        <translation>Méthodes d’identification</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Save the readiness report as text</source>
        <translation>Enregistrer le rapport de disponibilité en texte</translation>
    </message>
    <message>
        <source>Save the readiness report as JSON</source>
        <translation>Enregistrer le rapport de disponibilité en JSON</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <source>Checking… %1 of %2 checks done.</source>
        <translation>Vérification en cours… %1 sur %2 vérifications effectuées.</translation>
    </message>
    <message>
        <source>The check has not run yet.</source>
        <translation>La vérification n’a pas encore été effectuée.</translation>
    </message>
    <message>
        <source>Checked at %1 in %2 s: %3 of %4 methods can run.</source>
        <translation>Vérifié à %1 en %2 s : %3 méthodes sur %4 sont possibles.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Lancer la vérification</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Run the readiness check</source>
        <translation>Lancer la vérification de disponibilité</translation>
    </message>
</context>
<context>
    <name>ExportProblem</name>
    <message>
        <source>The folder %1 does not exist and could not be made.</source>
        <translation>Le dossier %1 n&apos;existe pas et n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The kiosk may not write in the folder %1.</source>
        <translation>Le kiosque n&apos;a pas le droit d&apos;écrire dans le dossier %1.</translation>
    </message>
    <message>
        <source>The disk of the folder %1 is full.</source>
        <translation>Le disque du dossier %1 est plein.</translation>
    </message>
    <message>
        <source>The folder %1 is on a read-only disk.</source>
        <translation>Le dossier %1 se trouve sur un disque en lecture seule.</translation>
    </message>
    <message>
        <source>The kiosk could not write in the folder %1 (system error %2).</source>
        <translation>Le kiosque n&apos;a pas pu écrire dans le dossier %1 (erreur système %2).</translation>
    </message>
    <message>
        <source>Check the folder ([support] export_folder in the settings file).</source>
        <translation>Vérifiez le dossier ([support] export_folder dans le fichier de réglages).</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>First name(s)</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>ID document valid until</source>
        <translation>Pièce d’identité valable jusqu’au</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numéro de mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Pays de domicile</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>artist name</source>
        <translation>nom d’artiste</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>numéro de la pièce d’identité</translation>
    </message>
    <message>
        <source>issuing country</source>
        <translation>pays de délivrance</translation>
    </message>
    <message>
        <source>issuing city</source>
        <translation>lieu de délivrance</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>lieu de naissance</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nationalité</translation>
    </message>
</context>
<context>
    <name>HandoffQrScreen</name>
    <message>
        <source>QR code of the app in the store: %1</source>
        <translation>Code QR de l’application dans le store : %1</translation>
    </message>
    <message>
        <source>Identify yourself with your ID card and your phone</source>
        <translation>Identifiez-vous avec votre carte d’identité et votre téléphone</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continuer sur votre téléphone</translation>
    </message>
    <message>
        <source>QR code to open your identification on your phone</source>
        <translation>Code QR pour ouvrir votre identification sur votre téléphone</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera</source>
        <translation>Scannez ce code avec l’appareil photo de votre téléphone</translation>
    </message>
    <message>
        <source>Your phone is connected</source>
        <translation>Votre téléphone est connecté</translation>
    </message>
    <message>
        <source>Follow the steps in the AUTHADA app on your phone. This screen moves on by itself.</source>
        <translation>Suivez les étapes dans l’application AUTHADA sur votre téléphone. Cet écran passe tout seul à la suite.</translation>
    </message>
    <message>
        <source>Follow the steps on your phone. This screen moves on by itself.</source>
        <translation>Suivez les étapes sur votre téléphone. Cet écran passe tout seul à la suite.</translation>
    </message>
    <message>
        <source>Show the code again</source>
        <translation>Afficher à nouveau le code</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera; the page that opens starts the AUTHADA app.</source>
        <translation>Scannez le code avec l’appareil photo de votre téléphone ; la page qui s’ouvre lance l’application AUTHADA.</translation>
    </message>
    <message>
        <source>Hold your ID card to the back of your phone until the app has read it (NFC).</source>
        <translation>Tenez votre carte d’identité contre le dos de votre téléphone jusqu’à ce que l’application l’ait lue (NFC).</translation>
    </message>
    <message>
        <source>Enter your 6-digit card PIN in the app.</source>
        <translation>Saisissez dans l’application le PIN à 6 chiffres de votre carte.</translation>
    </message>
    <message>
        <source>You need: a German ID card with the online function (eID) or an electronic residence permit, its 6-digit PIN, and a smartphone with NFC.</source>
        <translation>Il vous faut : une carte d’identité allemande avec fonction en ligne (eID) ou un titre de séjour électronique, son PIN à 6 chiffres et un smartphone avec NFC.</translation>
    </message>
    <message>
        <source>It takes a few minutes; longer if you first download the app.</source>
        <translation>Cela prend quelques minutes ; davantage si vous devez d’abord télécharger l’application.</translation>
    </message>
    <message>
        <source>Back to the steps</source>
        <translation>Retour aux étapes</translation>
    </message>
    <message>
        <source>Don&apos;t have the app yet?</source>
        <translation>Vous n’avez pas encore l’application ?</translation>
    </message>
    <message>
        <source>The AUTHADA app is free. Scan the code for your phone&apos;s store with its camera, install the app, then scan the large code.</source>
        <translation>L’application AUTHADA est gratuite. Scannez avec l’appareil photo de votre téléphone le code de son store, installez l’application, puis scannez le grand code.</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Annuler l’identification</translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation>Afficher la progression</translation>
    </message>
    <message>
        <source>Preparing your identification link…</source>
        <translation>Préparation de votre lien d’identification…</translation>
    </message>
</context>
<context>
    <name>HandoffWebScreen</name>
    <message>
        <source>Identification page of the provider</source>
        <translation>Page d’identification du prestataire</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continuer sur votre téléphone</translation>
    </message>
    <message>
        <source>QR code to continue on your phone</source>
        <translation>Code QR pour continuer sur votre téléphone</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera to do the identification there instead.</source>
        <translation>Scannez le code avec l’appareil photo de votre téléphone pour effectuer l’identification sur celui-ci.</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera. You log in to your bank on your own phone, not on this shared terminal.</source>
        <translation>Scannez le code avec l’appareil photo de votre téléphone. Vous vous connectez à votre banque sur votre propre téléphone, et non sur ce terminal partagé.</translation>
    </message>
    <message>
        <source>For staff: if the customer has no smartphone</source>
        <translation>Pour le personnel : si le client n’a pas de smartphone</translation>
    </message>
    <message>
        <source>Open on this kiosk</source>
        <translation>Ouvrir sur ce kiosque</translation>
    </message>
    <message>
        <source>For staff: open the page on this kiosk instead of the phone</source>
        <translation>Pour le personnel : ouvrir la page sur ce kiosque plutôt que sur le téléphone</translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation>Afficher la progression</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Annuler l’identification</translation>
    </message>
    <message>
        <source>Preparing your identification link…</source>
        <translation>Préparation de votre lien d’identification…</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>needed to use the identity.tm mobile app; must match the ID exactly</source>
        <translation>nécessaire pour utiliser l’application mobile identity.tm ; doit correspondre exactement à la pièce d’identité</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>No activity: this session ends in %n second(s). Touch the screen to continue.</source>
        <translation>
            <numerusform>Aucune activité : cette session se termine dans %n seconde. Touchez l’écran pour continuer.</numerusform>
            <numerusform>Aucune activité : cette session se termine dans %n secondes. Touchez l’écran pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>open the staff menu</source>
        <translation>ouvrir le menu du personnel</translation>
    </message>
    <message>
        <source>quit the kiosk</source>
        <translation>quitter le kiosque</translation>
    </message>
    <message>
        <source>open the order dashboard</source>
        <translation>ouvrir l’aperçu des mandats</translation>
    </message>
    <message>
        <source>open the page on this kiosk</source>
        <translation>ouvrir la page sur ce kiosque</translation>
    </message>
    <message numerus="yes">
        <source>No activity: this staff screen closes in %n second(s). Touch the screen to stay.</source>
        <translation>
            <numerusform>Aucune activité : cet écran du personnel se ferme dans %n seconde. Touchez l’écran pour rester.</numerusform>
            <numerusform>Aucune activité : cet écran du personnel se ferme dans %n secondes. Touchez l’écran pour rester.</numerusform>
        </translation>
    </message>
    <message>
        <source>SRS Branch Kiosk</source>
        <translation>Kiosque SRS de la succursale</translation>
    </message>
    <message>
        <source>Training mode: a built-in simulator plays the SRS; no real identification</source>
        <translation>Mode formation : un simulateur intégré remplace le SRS ; aucune identification réelle</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Staff menu (PIN)</source>
        <translation>Menu du personnel (PIN)</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
</context>
<context>
    <name>MethodCard</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
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
        <translation>aucune application nécessaire</translation>
    </message>
    <message>
        <source>app on the phone</source>
        <translation>application sur le téléphone</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Duration not stated</source>
        <translation>Durée non indiquée</translation>
    </message>
    <message>
        <source>About %1–%2 minutes</source>
        <translation>Environ %1–%2 minutes</translation>
    </message>
    <message>
        <source>A few minutes (at most %1)</source>
        <translation>Quelques minutes (au plus %1)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>A few minutes</source>
        <translation>Quelques minutes</translation>
    </message>
    <message>
        <source>evidence %1</source>
        <translation>preuve %1</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>session of %1 min</source>
        <translation>session de %1 min</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>quelques minutes</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Juridictions</translation>
    </message>
    <message>
        <source>Level of assurance</source>
        <translation>Niveau de garantie</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Web flow</source>
        <translation>Dans le navigateur</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>Evidence valid</source>
        <translation>Validité de la preuve</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Typical duration</source>
        <translation>Durée habituelle</translation>
    </message>
    <message>
        <source>A method this kiosk does not know (type %1): it runs in the kiosk&apos;s web view.</source>
        <translation>Une méthode que ce kiosque ne connaît pas (type %1) : elle s’exécute dans la vue web du kiosque.</translation>
    </message>
    <message>
        <source>The customer needs: %1</source>
        <translation>Le client a besoin de : %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Video calls in %1 only: the customer chose %2.</source>
        <translation>Appels vidéo uniquement en %1 ; langue choisie par le client : %2.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
</context>
<context>
    <name>MethodNeeds</name>
    <message>
        <source>the terminal&apos;s camera and microphone</source>
        <translation>la caméra et le microphone du terminal</translation>
    </message>
    <message>
        <source>a valid ID document</source>
        <translation>une pièce d’identité valable</translation>
    </message>
    <message>
        <source>10–20 minutes</source>
        <translation>10–20 minutes</translation>
    </message>
    <message>
        <source>a call in German or English</source>
        <translation>un appel en allemand ou en anglais</translation>
    </message>
    <message>
        <source>a German ID card with eID function, or a residence card</source>
        <translation>une carte d’identité allemande avec fonction eID, ou un titre de séjour électronique</translation>
    </message>
    <message>
        <source>a smartphone with NFC</source>
        <translation>un smartphone avec NFC</translation>
    </message>
    <message>
        <source>the AUTHADA app (free)</source>
        <translation>l’application AUTHADA (gratuite)</translation>
    </message>
    <message>
        <source>the 6-digit PIN of the ID card</source>
        <translation>le PIN à 6 chiffres de la carte d’identité</translation>
    </message>
    <message>
        <source>online banking at a supported bank (about 3500 banks)</source>
        <translation>un accès e-banking auprès d’une banque prise en charge (environ 3500 banques)</translation>
    </message>
    <message>
        <source>a mobile phone for an SMS code</source>
        <translation>un téléphone mobile pour un code SMS</translation>
    </message>
</context>
<context>
    <name>MethodsScreen</name>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>EU (eIDAS)</source>
        <translation>UE (eIDAS)</translation>
    </message>
    <message>
        <source>CH (ZertES)</source>
        <translation>CH (SCSE)</translation>
    </message>
    <message>
        <source>LOA %1 or higher</source>
        <translation>LOA %1 ou plus</translation>
    </message>
    <message>
        <source>LOA 4</source>
        <translation>LOA 4</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>eID</source>
        <translation>eID</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Customer&apos;s language: %1</source>
        <translation>Langue du client : %1</translation>
    </message>
    <message>
        <source>Loading the identification methods…</source>
        <translation>Chargement des méthodes d’identification…</translation>
    </message>
    <message>
        <source>The methods could not be loaded: %1</source>
        <translation>Les méthodes n’ont pas pu être chargées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) match</source>
        <translation>
            <numerusform>%n méthode correspond</numerusform>
            <numerusform>%n méthodes correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>No method matches these filters. Choose fewer filters or another preset.</source>
        <translation>Aucune méthode ne correspond à ces filtres. Choisissez moins de filtres ou une autre présélection.</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Toutes les méthodes</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Présélection : %1</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Autres filtres</translation>
    </message>
    <message numerus="yes">
        <source>More filters (%n set)</source>
        <translation>
            <numerusform>Autres filtres (%n actif)</numerusform>
            <numerusform>Autres filtres (%n actifs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the identification method</source>
        <translation>Choisissez la méthode d’identification</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Level of assurance</source>
        <translation>Niveau de garantie</translation>
    </message>
    <message>
        <source>Method type</source>
        <translation>Type de méthode</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Web flow</source>
        <translation>Dans le navigateur</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Load the methods again</source>
        <translation>Recharger les méthodes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel and return to the start</source>
        <translation>Annuler et revenir au début</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>MicrophoneMeter</name>
    <message>
        <source>This application may not use the microphone: allow it in the system settings.</source>
        <translation>Cette application n’a pas accès au microphone : autorisez-le dans les réglages du système.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>Aucun microphone trouvé.</translation>
    </message>
    <message>
        <source>Speak: the bar moves with the voice.</source>
        <translation>Parlez : la barre suit votre voix.</translation>
    </message>
    <message>
        <source>The microphone level appears here while this screen is open.</source>
        <translation>Le niveau du microphone s’affiche ici tant que cet écran est ouvert.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du microphone</translation>
    </message>
</context>
<context>
    <name>MoreTimePrompt</name>
    <message numerus="yes">
        <source>Without an answer, the session ends in %n second(s).</source>
        <translation>
            <numerusform>Sans réponse, la session se termine dans %n seconde.</numerusform>
            <numerusform>Sans réponse, la session se termine dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Need more time?</source>
        <translation>Avez-vous besoin de plus de temps ?</translation>
    </message>
    <message>
        <source>Take the time you need: your identification goes on. Touch Continue to keep this screen, or End here to close it; the identification is not cancelled.</source>
        <translation>Prenez le temps qu’il vous faut : votre identification se poursuit. Touchez « Continuer » pour garder cet écran, ou « Terminer ici » pour le fermer ; l’identification n’est pas annulée.</translation>
    </message>
    <message>
        <source>End here</source>
        <translation>Terminer ici</translation>
    </message>
    <message>
        <source>End here and clear this screen; the identification goes on</source>
        <translation>Terminer ici et effacer cet écran ; l’identification se poursuit</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue: I need more time</source>
        <translation>Continuer : j’ai besoin de plus de temps</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Majuscule</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Masquer le clavier</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Lettres accentuées</translation>
    </message>
</context>
<context>
    <name>OrderNotice</name>
    <message>
        <source>Order %1: %2</source>
        <translation>Mandat %1 : %2</translation>
    </message>
    <message>
        <source>Order %1 ended: %2. Open the order dashboard.</source>
        <translation>Mandat %1 terminé : %2. Ouvrez l’aperçu des mandats.</translation>
    </message>
    <message numerus="yes">
        <source>%n orders ended</source>
        <translation>
            <numerusform>%n mandat terminé</numerusform>
            <numerusform>%n mandats terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders ended. Open the order dashboard.</source>
        <translation>
            <numerusform>%n mandat terminé. Ouvrez l’aperçu des mandats.</numerusform>
            <numerusform>%n mandats terminés. Ouvrez l’aperçu des mandats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderStrip</name>
    <message>
        <source>The connection to the identification service is interrupted. The kiosk keeps trying by itself; nothing is lost.</source>
        <translation>La connexion au service d’identification est interrompue. Le kiosque réessaie tout seul ; rien n’est perdu.</translation>
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
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>ended without evidence</source>
        <translation>terminé sans preuve</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
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
        <translation>suivi par un autre processus (PID %1 sur %2)</translation>
    </message>
    <message>
        <source>done (%1)</source>
        <translation>terminé (%1)</translation>
    </message>
    <message>
        <source>status check</source>
        <translation>consultation du statut</translation>
    </message>
    <message>
        <source>verify evidence</source>
        <translation>vérifier la preuve</translation>
    </message>
    <message>
        <source>cancel at SRS</source>
        <translation>annuler auprès du SRS</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 maintenant</translation>
    </message>
    <message>
        <source>Cancel requested (the other process does it)</source>
        <translation>Annulation demandée (l’autre processus s’en charge)</translation>
    </message>
    <message>
        <source>Cancel pending (retrying)</source>
        <translation>Annulation en attente (nouvel essai)</translation>
    </message>
    <message>
        <source>Connection problem: %1 failed attempts in a row</source>
        <translation>Problème de connexion : %1 échecs consécutifs</translation>
    </message>
    <message>
        <source>The session ran out: start a new identification</source>
        <translation>La session a expiré : démarrer une nouvelle identification</translation>
    </message>
    <message>
        <source>The SRS no longer knows this order</source>
        <translation>Le SRS ne connaît plus ce mandat</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>A PIN has 6 to 12 digits.</source>
        <translation>Un PIN comporte 6 à 12 chiffres.</translation>
    </message>
    <message>
        <source>Choose a PIN that is not a run or a repetition of one digit.</source>
        <translation>Choisissez un PIN qui ne soit ni une suite ni la répétition d’un même chiffre.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Staff PINs now have at least 6 digits. Ask IT to set a new one with %1.</source>
        <translation>Les PIN du personnel comportent désormais au moins 6 chiffres. Demandez à l’informatique d’en définir un nouveau avec %1.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN erroné.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in %1 s.</source>
        <translation>PIN erroné. Réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN erroné. Réessayez.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN du personnel</translation>
    </message>
    <message>
        <source>No staff PIN set — ask IT to run %1.</source>
        <translation>Aucun PIN du personnel n’est défini – demandez à l’informatique d’exécuter %1.</translation>
    </message>
    <message>
        <source>The staff PIN file is damaged — IT can reset it with %1.</source>
        <translation>Le fichier du PIN du personnel est endommagé – l’informatique peut le réinitialiser avec %1.</translation>
    </message>
    <message>
        <source>Enter the staff PIN to %1.</source>
        <translation>Saisissez le PIN du personnel pour %1.</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Confirm the PIN</source>
        <translation>Confirmer le PIN</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Qualified signature, EU (eIDAS, LOA 4)</source>
        <translation>Signature qualifiée, UE (eIDAS, LOA 4)</translation>
    </message>
    <message>
        <source>Qualified signature, CH (ZertES)</source>
        <translation>Signature qualifiée, CH (SCSE)</translation>
    </message>
    <message>
        <source>Advanced signature, EU (eIDAS, LOA 3)</source>
        <translation>Signature avancée, UE (eIDAS, LOA 3)</translation>
    </message>
    <message>
        <source>In the browser, no app</source>
        <translation>Dans le navigateur, sans application</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 is needed: your identification and your signatures later are linked to this number.</source>
        <translation>Le champ %1 est obligatoire : votre identification et vos signatures ultérieures sont liées à ce numéro.</translation>
    </message>
    <message>
        <source>%1 must be a phone number: digits, spaces and a leading + only.</source>
        <translation>Le champ %1 doit contenir un numéro de téléphone : uniquement des chiffres, des espaces et un + au début.</translation>
    </message>
    <message>
        <source>%1 must be an international number: + and the country code, e.g. +41 79 123 45 67.</source>
        <translation>Le champ %1 doit contenir un numéro international : + et l’indicatif du pays, p. ex. +41 79 123 45 67.</translation>
    </message>
    <message>
        <source>%1 has a country code that does not exist; check the digits after + or 00.</source>
        <translation>Le champ %1 contient un indicatif de pays qui n’existe pas ; vérifiez les chiffres après + ou 00.</translation>
    </message>
    <message>
        <source>%1 has too few digits for a number with the country code +%2.</source>
        <translation>Le champ %1 contient trop peu de chiffres pour un numéro avec l’indicatif +%2.</translation>
    </message>
    <message>
        <source>%1 has too few digits for a phone number.</source>
        <translation>Le champ %1 contient trop peu de chiffres pour un numéro de téléphone.</translation>
    </message>
    <message>
        <source>%1 has too many digits for a number with the country code +%2.</source>
        <translation>Le champ %1 contient trop de chiffres pour un numéro avec l’indicatif +%2.</translation>
    </message>
    <message>
        <source>%1 is not a valid number with the country code +%2; check the digits.</source>
        <translation>Le champ %1 ne contient pas un numéro valide avec l’indicatif +%2 ; vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>%1 is not a mobile number (a landline or service number): the SMS needs a mobile.</source>
        <translation>Le champ %1 contient un numéro fixe ou de service, pas un numéro de mobile : le SMS ne peut être envoyé qu’à un mobile.</translation>
    </message>
    <message>
        <source>%1 must be a two-letter country code, e.g. CH.</source>
        <translation>Le champ %1 doit contenir un code de pays à deux lettres, p. ex. CH.</translation>
    </message>
    <message>
        <source>%1 must be a two-letter language code in lower case, e.g. de.</source>
        <translation>Le champ %1 doit contenir un code de langue à deux lettres minuscules, p. ex. de.</translation>
    </message>
    <message>
        <source>%1 must be a level of assurance from 1 to 4.</source>
        <translation>Le champ %1 doit contenir un niveau de garantie de 1 à 4.</translation>
    </message>
    <message>
        <source>%1 must be EIDAS or ZERTES.</source>
        <translation>Le champ %1 doit contenir EIDAS ou ZERTES.</translation>
    </message>
    <message>
        <source>%1 may have at most 100 characters.</source>
        <translation>Le champ %1 peut contenir au plus 100 caractères.</translation>
    </message>
    <message>
        <source>%1 may contain only letters, spaces, apostrophes (&apos;), hyphens (-) and dots (.).</source>
        <translation>Le champ %1 ne peut contenir que des lettres, des espaces, des apostrophes (&apos;), des traits d’union (-) et des points (.).</translation>
    </message>
    <message>
        <source>%1 must contain at least one letter.</source>
        <translation>Le champ %1 doit contenir au moins une lettre.</translation>
    </message>
    <message>
        <source>%1 must be a real date in the past (YYYY-MM-DD).</source>
        <translation>Le champ %1 doit contenir une date valide dans le passé (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>%1 must be a date in the past.</source>
        <translation>Le champ %1 doit contenir une date passée.</translation>
    </message>
    <message>
        <source>%1 cannot be more than %2 years ago; check the year.</source>
        <translation>La date du champ %1 ne peut pas remonter à plus de %2 ans ; vérifiez l’année.</translation>
    </message>
    <message>
        <source>%1 may have at most 254 characters.</source>
        <translation>Le champ %1 peut contenir au plus 254 caractères.</translation>
    </message>
    <message>
        <source>%1 must be an e-mail address like name@example.ch.</source>
        <translation>Le champ %1 doit contenir une adresse e-mail comme name@example.ch.</translation>
    </message>
    <message>
        <source>%1 is not a known country code.</source>
        <translation>Le champ %1 ne contient pas un code de pays connu.</translation>
    </message>
    <message>
        <source>%1 is not a known language code.</source>
        <translation>Le champ %1 ne contient pas un code de langue connu.</translation>
    </message>
    <message>
        <source>%1 may not contain control characters such as line breaks or tabs.</source>
        <translation>Le champ %1 ne peut pas contenir de caractères de contrôle, comme des sauts de ligne ou des tabulations.</translation>
    </message>
    <message>
        <source>%1 must be a real date (YYYY-MM-DD).</source>
        <translation>Le champ %1 doit contenir une date valide (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>%1 has passed: the ID document must still be valid.</source>
        <translation>La date du champ %1 est dépassée : la pièce d’identité doit encore être valable.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>Le champ %1 doit contenir du texte.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>Le champ %1 est obligatoire pour %2.</translation>
    </message>
    <message>
        <source>%1 is required for this method.</source>
        <translation>Le champ %1 est obligatoire pour cette méthode.</translation>
    </message>
    <message>
        <source>%1 is not accepted by %2.</source>
        <translation>Le champ %1 n’est pas accepté par %2.</translation>
    </message>
    <message>
        <source>%1 is not accepted by this method.</source>
        <translation>Le champ %1 n’est pas accepté par cette méthode.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>Le champ %1 ne doit pas être vide.</translation>
    </message>
    <message>
        <source>%1 needs the day, the month and the year.</source>
        <translation>Le champ %1 doit contenir le jour, le mois et l’année.</translation>
    </message>
</context>
<context>
    <name>ReadinessCheck</name>
    <message>
        <source>Not checked: this needs the graphical application (Qt), which could not be started here.</source>
        <translation>Non vérifié : cela nécessite l’application graphique (Qt), qui n’a pas pu être lancée ici.</translation>
    </message>
    <message>
        <source>No camera found. Connect the terminal&apos;s camera (USB) and run the check again; video identification needs one.</source>
        <translation>Aucune caméra trouvée. Branchez la caméra du terminal (USB) et relancez la vérification ; l’identification vidéo en nécessite une.</translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; offers at most %2 pixels; video identification needs at least %3. Connect a better camera.</source>
        <translation>La caméra « %1 » offre au plus %2 pixels ; l’identification vidéo en nécessite au moins %3. Branchez une meilleure caméra.</translation>
    </message>
    <message>
        <source>This application may not use the camera. Allow it in the system settings (macOS: System Settings › Privacy &amp; Security › Camera; Windows: Settings › Privacy › Camera).</source>
        <translation>Cette application n’a pas accès à la caméra. Autorisez-le dans les réglages du système (macOS : Réglages Système › Confidentialité et sécurité › Caméra ; Windows : Paramètres › Confidentialité › Caméra).</translation>
    </message>
    <message>
        <source>No microphone found. Connect a microphone or a headset and run the check again; video identification needs one.</source>
        <translation>Aucun microphone trouvé. Branchez un microphone ou un casque et relancez la vérification ; l’identification vidéo en nécessite un.</translation>
    </message>
    <message>
        <source>This application may not use the microphone. Allow it in the system settings (macOS: System Settings › Privacy &amp; Security › Microphone; Windows: Settings › Privacy › Microphone).</source>
        <translation>Cette application n’a pas accès au microphone. Autorisez-le dans les réglages du système (macOS : Réglages Système › Confidentialité et sécurité › Microphone ; Windows : Paramètres › Confidentialité › Microphone).</translation>
    </message>
    <message>
        <source>Web traffic goes through the proxy %1. Video calls need direct connections as well (TCP 443, and UDP 3478 or higher): ask IT to allow them next to the proxy.</source>
        <translation>Le trafic web passe par le proxy %1. Les appels vidéo nécessitent aussi des connexions directes (TCP 443 et UDP 3478 ou plus) : demandez à l’informatique de les autoriser en plus du proxy.</translation>
    </message>
    <message>
        <source>No STUN server is configured ([checks] stun_server), so UDP was not checked.</source>
        <translation>Aucun serveur STUN n’est configuré ([checks] stun_server) : UDP n’a donc pas été vérifié.</translation>
    </message>
    <message>
        <source>No answer over UDP from the STUN server %1 (%2). Video calls still work over TCP 443, but with lower quality: ask IT to allow outgoing UDP to port %3 (better: ports 1025–65535).</source>
        <translation>Aucune réponse UDP du serveur STUN %1 (%2). Les appels vidéo fonctionnent encore via TCP 443, mais avec une qualité moindre : demandez à l’informatique d’autoriser l’UDP sortant vers le port %3 (mieux : ports 1025–65535).</translation>
    </message>
    <message>
        <source>The STUN server name %1 could not be looked up (%2). Check the network connection and the [checks] stun_server setting.</source>
        <translation>Le nom du serveur STUN %1 n’a pas pu être résolu (%2). Vérifiez la connexion réseau et le paramètre [checks] stun_server.</translation>
    </message>
    <message>
        <source>These names could not be looked up (DNS): %1. Check the network connection and the DNS server, or ask IT whether the names are blocked.</source>
        <translation>Ces noms n’ont pas pu être résolus (DNS) : %1. Vérifiez la connexion réseau et le serveur DNS, ou demandez à l’informatique si ces noms sont bloqués.</translation>
    </message>
    <message>
        <source>These connections were refused: %1. A firewall rejects them, or nothing answers on that port: ask IT to allow outgoing connections to them.</source>
        <translation>Ces connexions ont été refusées : %1. Un pare-feu les rejette, ou rien ne répond sur ce port : demandez à l’informatique d’autoriser les connexions sortantes vers ces destinations.</translation>
    </message>
    <message>
        <source>These hosts did not answer in time: %1. A firewall probably drops the traffic: ask IT to allow outgoing connections to them.</source>
        <translation>Ces hôtes n’ont pas répondu à temps : %1. Un pare-feu bloque probablement le trafic : demandez à l’informatique d’autoriser les connexions sortantes vers ces destinations.</translation>
    </message>
    <message>
        <source>There is no route to these hosts: %1. Check that the terminal is connected to the network (cable or Wi-Fi).</source>
        <translation>Aucune route vers ces hôtes : %1. Vérifiez que le terminal est connecté au réseau (câble ou Wi-Fi).</translation>
    </message>
    <message>
        <source>These connections failed: %1. Send this report to IT.</source>
        <translation>Ces connexions ont échoué : %1. Envoyez ce rapport à l’informatique.</translation>
    </message>
    <message>
        <source>No hosts are configured to check.</source>
        <translation>Aucun hôte à vérifier n’est configuré.</translation>
    </message>
    <message>
        <source>The connection to %1 uses %2, but at least TLS %3 is required. A proxy or firewall that inspects encrypted traffic may be in between: ask IT to let this connection through unchanged, or to update it.</source>
        <translation>La connexion vers %1 utilise %2, alors qu’au moins TLS %3 est requis. Un proxy ou un pare-feu qui inspecte le trafic chiffré se trouve peut-être entre les deux : demandez à l’informatique de laisser passer cette connexion sans modification, ou de le mettre à jour.</translation>
    </message>
    <message>
        <source>No secure connection to %1 could be agreed (%2). A proxy or firewall that inspects encrypted traffic may be in between: ask IT to let this connection through unchanged.</source>
        <translation>Aucune connexion sécurisée n’a pu être établie avec %1 (%2). Un proxy ou un pare-feu qui inspecte le trafic chiffré se trouve peut-être entre les deux : demandez à l’informatique de laisser passer cette connexion sans modification.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Check the terminal&apos;s date and time; if they are right, a proxy that inspects encrypted traffic is probably in between: ask IT.</source>
        <translation>Le certificat de %1 n’est pas reconnu comme fiable (%2). Vérifiez la date et l’heure du terminal ; si elles sont correctes, un proxy qui inspecte le trafic chiffré se trouve probablement entre les deux : adressez-vous à l’informatique.</translation>
    </message>
    <message>
        <source>The SRS host %1 could not be reached (%2). Check the network connection; ask IT to allow outgoing connections to it on port %3.</source>
        <translation>L’hôte SRS %1 est injoignable (%2). Vérifiez la connexion réseau ; demandez à l’informatique d’autoriser les connexions sortantes vers cet hôte sur le port %3.</translation>
    </message>
    <message>
        <source>Training mode: the built-in simulator speaks plain HTTP on this computer, so there is no TLS connection to check. With SRS settings, the SRS host is checked.</source>
        <translation>Mode formation : le simulateur intégré utilise le HTTP non chiffré sur cet ordinateur ; il n’y a donc pas de connexion TLS à vérifier. Avec les paramètres SRS, l’hôte SRS est vérifié.</translation>
    </message>
    <message>
        <source>The built-in web browser could not run the check (%1). Web-based identification methods will not work: reinstall the application or send this report to support.</source>
        <translation>Le navigateur intégré n’a pas pu effectuer la vérification (%1). Les méthodes d’identification web ne fonctionneront pas : réinstallez l’application ou envoyez ce rapport au support.</translation>
    </message>
    <message>
        <source>The built-in web browser could not use the camera and microphone (%1). Close other programs that use the camera, check the connections, and run the check again.</source>
        <translation>Le navigateur intégré n’a pas pu utiliser la caméra et le microphone (%1). Fermez les autres programmes qui utilisent la caméra, vérifiez les branchements et relancez la vérification.</translation>
    </message>
    <message>
        <source>The built-in web browser gets only %1 pixels from the camera; video identification needs at least %2. Connect a better camera.</source>
        <translation>Le navigateur intégré ne reçoit que %1 pixels de la caméra ; l’identification vidéo en nécessite au moins %2. Branchez une meilleure caméra.</translation>
    </message>
    <message>
        <source>The browser&apos;s connection test found no public address through the STUN server %1: UDP seems blocked. Video calls fall back to TCP with lower quality: ask IT to allow outgoing UDP (port 3478, better 1025–65535).</source>
        <translation>Le test de connexion du navigateur n’a trouvé aucune adresse publique via le serveur STUN %1 : UDP semble bloqué. Les appels vidéo se rabattent sur TCP, avec une qualité moindre : demandez à l’informatique d’autoriser l’UDP sortant (port 3478, mieux 1025–65535).</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>IGNORÉ</translation>
    </message>
    <message>
        <source>SRS Branch Kiosk: terminal readiness report</source>
        <translation>Kiosque SRS de la succursale : rapport de disponibilité du terminal</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>training (built-in simulator)</source>
        <translation>formation (simulateur intégré)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Identification methods</source>
        <translation>Méthodes d’identification</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>PAS PRÊT</translation>
    </message>
    <message>
        <source>blocked by</source>
        <translation>bloqué par</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avertissements</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>No identification method is enabled.</source>
        <translation>Aucune méthode d’identification n’est activée.</translation>
    </message>
    <message>
        <source>%1 of %2 hosts reachable</source>
        <translation>%1 hôtes sur %2 joignables</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 appareils</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The check did not finish within %1 s. The network or the device did not answer: check the cable or Wi-Fi and that nothing blocks this application, then run it again.</source>
        <translation>La vérification ne s’est pas terminée en %1 s. Le réseau ou l’appareil n’a pas répondu : vérifiez le câble ou le Wi-Fi et que rien ne bloque cette application, puis relancez-la.</translation>
    </message>
    <message>
        <source>The check itself failed (%1). Run it again; if it keeps failing, send the report to support.</source>
        <translation>La vérification elle-même a échoué (%1). Relancez-la ; si l’échec persiste, envoyez le rapport au support.</translation>
    </message>
    <message>
        <source>The download speed is %1 MB/s (measured with %3); video identification needs at least %2 MB/s. Check whether other devices or downloads load the connection, or ask IT for a faster line.</source>
        <translation>Le débit descendant est de %1 Mo/s (mesuré avec %3) ; l’identification vidéo nécessite au moins %2 Mo/s. Vérifiez si d’autres appareils ou téléchargements chargent la connexion, ou demandez une ligne plus rapide à l’informatique.</translation>
    </message>
    <message>
        <source>The upload speed is %1 MB/s (measured with %3); video identification needs at least %2 MB/s. Check whether other devices or uploads load the connection, or ask IT for a faster line.</source>
        <translation>Le débit montant est de %1 Mo/s (mesuré avec %3) ; l’identification vidéo nécessite au moins %2 Mo/s. Vérifiez si d’autres appareils ou envois chargent la connexion, ou demandez une ligne plus rapide à l’informatique.</translation>
    </message>
    <message>
        <source>The speed test is switched off ([checks] bandwidth_url = &quot;&quot;), so the speed was not measured.</source>
        <translation>Le test de débit est désactivé ([checks] bandwidth_url = &quot;&quot;) : le débit n’a donc pas été mesuré.</translation>
    </message>
    <message>
        <source>The speed test endpoint %1 could not be used (%2). Check the network connection; ask IT to allow outgoing %3 to %4, or set [checks] bandwidth_url to a working speed test.</source>
        <translation>Le point de test de débit %1 n’a pas pu être utilisé (%2). Vérifiez la connexion réseau ; demandez à l’informatique d’autoriser le trafic sortant %3 vers %4, ou réglez [checks] bandwidth_url sur un test de débit fonctionnel.</translation>
    </message>
    <message>
        <source>The speed test endpoint %1 refused the test: it answered %2. No speed was measured. If a proxy or filter answered instead, ask IT to allow outgoing %3 to %4; otherwise set [checks] bandwidth_url to a working speed test.</source>
        <translation>Le point de test de débit %1 a refusé le test : il a répondu %2. Aucun débit n’a été mesuré. Si un proxy ou un filtre a répondu à sa place, demandez à l’informatique d’autoriser le trafic sortant %3 vers %4 ; sinon, réglez [checks] bandwidth_url sur un test de débit fonctionnel.</translation>
    </message>
    <message>
        <source>No peer for non-TLS traffic over port 443 is configured ([checks] non_tls_peer: a STUN or TURN server listening on plain TCP 443), so this was not checked.</source>
        <translation>Aucun serveur de test pour le trafic non TLS sur le port 443 n’est configuré ([checks] non_tls_peer : un serveur STUN ou TURN à l’écoute sur TCP 443 non chiffré) : ce point n’a donc pas été vérifié.</translation>
    </message>
    <message>
        <source>The connection to %1 on TCP port %2 opened, but %3 when it carried non-TLS traffic (a STUN request). A firewall or proxy on the way probably lets only TLS (HTTPS) through port %2; video calls need other traffic over it too. Ask IT to allow all outgoing TCP traffic to port %2 (not only TLS/HTTPS), at least to %1 and the video provider&apos;s hosts.</source>
        <translation>La connexion vers %1 sur le port TCP %2 s’est ouverte, mais a échoué avec du trafic non TLS (une requête STUN) : %3. Un pare-feu ou un proxy sur le trajet ne laisse probablement passer que TLS (HTTPS) sur le port %2 ; les appels vidéo ont aussi besoin d’autre trafic sur ce port. Demandez à l’informatique d’autoriser tout le trafic TCP sortant vers le port %2 (pas seulement TLS/HTTPS), au moins vers %1 et les hôtes du prestataire vidéo.</translation>
    </message>
    <message>
        <source>The non-TLS test peer %1 could not be reached (%2). Check the network connection and the [checks] non_tls_peer setting; ask IT to allow outgoing TCP port %3 to %4.</source>
        <translation>Le serveur de test non TLS %1 est injoignable (%2). Vérifiez la connexion réseau et le paramètre [checks] non_tls_peer ; demandez à l’informatique d’autoriser les connexions sortantes sur le port TCP %3 vers %4.</translation>
    </message>
    <message>
        <source>No secure connection could be opened to these video hosts: %1. Ask IT to allow outgoing TCP (HTTPS/TLS) to each of them on the port shown (443 for the provider&apos;s hosts).</source>
        <translation>Aucune connexion sécurisée n’a pu être ouverte vers ces hôtes vidéo : %1. Demandez à l’informatique d’autoriser le TCP sortant (HTTPS/TLS) vers chacun d’eux sur le port indiqué (443 pour les hôtes du prestataire).</translation>
    </message>
    <message>
        <source>TLS %1 or newer could not be agreed with these video hosts: %2. A proxy or firewall that inspects encrypted traffic is probably in between: ask IT to let TCP to each of them on the port shown through unchanged (TLS %1 or newer, not inspected).</source>
        <translation>TLS %1 ou plus récent n’a pas pu être négocié avec ces hôtes vidéo : %2. Un proxy ou un pare-feu qui inspecte le trafic chiffré se trouve probablement entre les deux : demandez à l’informatique de laisser passer sans modification le TCP vers chacun d’eux sur le port indiqué (TLS %1 ou plus récent, non inspecté).</translation>
    </message>
    <message>
        <source>No video host to check: no enabled method uses one, or training mode (the built-in simulator plays the video provider).</source>
        <translation>Aucun hôte vidéo à vérifier : aucune méthode activée n’en utilise, ou le mode formation est actif (le simulateur intégré remplace le prestataire vidéo).</translation>
    </message>
    <message>
        <source>No STUN server on a high UDP port is configured ([checks] udp_high_peer), so UDP ports 1025–65535 were not checked.</source>
        <translation>Aucun serveur STUN sur un port UDP élevé n’est configuré ([checks] udp_high_peer) : les ports UDP 1025–65535 n’ont donc pas été vérifiés.</translation>
    </message>
    <message>
        <source>No answer over UDP port %1 from the STUN server %2 (%3). Video calls work without it, with lower quality: for the best experience, ask IT to allow outgoing UDP to ports 1025–65535 (the guide&apos;s recommendation), at least to %2 on UDP port %1.</source>
        <translation>Aucune réponse du serveur STUN %2 via le port UDP %1 (%3). Les appels vidéo fonctionnent sans, mais avec une qualité moindre : pour une qualité optimale, demandez à l’informatique d’autoriser l’UDP sortant vers les ports 1025–65535 (recommandation du guide), au moins vers %2 sur le port UDP %1.</translation>
    </message>
    <message>
        <source>The STUN server name %1 could not be looked up (%2). Check the network connection and the [checks] udp_high_peer setting.</source>
        <translation>Le nom du serveur STUN %1 n’a pas pu être résolu (%2). Vérifiez la connexion réseau et le paramètre [checks] udp_high_peer.</translation>
    </message>
    <message>
        <source>No WebSocket connection to %1 (%2). Video calls need it for signalling: ask IT to allow outgoing TCP port %3 to %4 including WebSocket upgrades (%5), also through any proxy.</source>
        <translation>Aucune connexion WebSocket vers %1 (%2). Les appels vidéo en ont besoin pour la signalisation : demandez à l’informatique d’autoriser les connexions sortantes sur le port TCP %3 vers %4, y compris les mises à niveau WebSocket (%5), également à travers tout proxy éventuel.</translation>
    </message>
    <message>
        <source>No plain WebSocket connection to %1 (%2). Video calls still work over WSS on port 443; for the fallback, ask IT to allow outgoing TCP port %3 to %4 including WebSocket upgrades (%5).</source>
        <translation>Aucune connexion WebSocket non chiffrée vers %1 (%2). Les appels vidéo fonctionnent encore via WSS sur le port 443 ; pour la connexion de repli, demandez à l’informatique d’autoriser les connexions sortantes sur le port TCP %3 vers %4, y compris les mises à niveau WebSocket (%5).</translation>
    </message>
    <message>
        <source>No WebSocket address to check: no enabled method uses one, or training mode.</source>
        <translation>Aucune adresse WebSocket à vérifier : aucune méthode activée n’en utilise, ou le mode formation est actif.</translation>
    </message>
</context>
<context>
    <name>ReadinessReasons</name>
    <message numerus="yes">
        <source>This terminal cannot run it now: %1 failed the readiness check (see Staff → Diagnosis).</source>
        <translation>
            <numerusform>Ce terminal ne peut pas l’effectuer pour le moment : %1 n’a pas réussi la vérification de disponibilité (voir Personnel → Diagnostic).</numerusform>
            <numerusform>Ce terminal ne peut pas l’effectuer pour le moment : %1 n’ont pas réussi la vérification de disponibilité (voir Personnel → Diagnostic).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>The provider could not accept this identification for security reasons.</source>
        <translation>Le prestataire n’a pas pu accepter cette identification pour des raisons de sécurité.</translation>
    </message>
    <message>
        <source>The picture or sound was not good enough to identify you.</source>
        <translation>L’image ou le son n’était pas assez bon pour vous identifier.</translation>
    </message>
    <message>
        <source>The details given did not match your ID document.</source>
        <translation>Les données indiquées ne correspondaient pas à votre pièce d’identité.</translation>
    </message>
    <message>
        <source>The time for the identification ran out.</source>
        <translation>Le temps prévu pour l’identification est écoulé.</translation>
    </message>
    <message>
        <source>Your ID document could not be checked.</source>
        <translation>Votre pièce d’identité n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The identification was stopped before it was finished.</source>
        <translation>L’identification a été interrompue avant d’être terminée.</translation>
    </message>
    <message>
        <source>The login at your bank or in the app did not work.</source>
        <translation>La connexion à votre banque ou dans l’application n’a pas fonctionné.</translation>
    </message>
    <message>
        <source>This identification method cannot be used with your bank or device.</source>
        <translation>Cette méthode d’identification ne peut pas être utilisée avec votre banque ou votre appareil.</translation>
    </message>
    <message>
        <source>The provider could not confirm your identity.</source>
        <translation>Le prestataire n’a pas pu confirmer votre identité.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>An unexpected error occurred; the kiosk recovered. Details in the log: %1</source>
        <translation>Une erreur inattendue s’est produite ; le kiosque a repris son fonctionnement. Détails dans le journal d’événements : %1</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Finish and wipe the session</source>
        <translation>Terminer et effacer la session</translation>
    </message>
    <message>
        <source>Start a new identification</source>
        <translation>Commencer une nouvelle identification</translation>
    </message>
    <message>
        <source>Start a new identification with the same details</source>
        <translation>Commencer une nouvelle identification avec les mêmes données</translation>
    </message>
    <message>
        <source>Open the SMS sent to %1 and accept the terms.</source>
        <translation>Ouvrez le SMS envoyé au %1 et acceptez les conditions d’utilisation.</translation>
    </message>
    <message>
        <source>Open the SMS sent to your mobile phone and accept the terms.</source>
        <translation>Ouvrez le SMS envoyé sur votre téléphone mobile et acceptez les conditions d’utilisation.</translation>
    </message>
    <message>
        <source>Correct the details and start again</source>
        <translation>Corriger les données et recommencer</translation>
    </message>
    <message>
        <source>Back to the details to correct them, then start again</source>
        <translation>Retour aux données pour les corriger, puis recommencer</translation>
    </message>
    <message>
        <source>Choose another method</source>
        <translation>Choisir une autre méthode</translation>
    </message>
    <message>
        <source>✓ Identification confirmed</source>
        <translation>✓ Identification confirmée</translation>
    </message>
    <message>
        <source>Mobile number: %1</source>
        <translation>Numéro de mobile : %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valable jusqu’au : %1</translation>
    </message>
    <message>
        <source>The customer can now sign with this mobile number (Mobile ID, or password and SMS code).</source>
        <translation>Le client peut désormais signer avec ce numéro de mobile (Mobile ID, ou mot de passe et code SMS).</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Le service n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Annulation impossible : %1</translation>
    </message>
</context>
<context>
    <name>SessionWebView</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Downloads are not possible at this terminal.</source>
        <translation>Les téléchargements ne sont pas possibles sur ce terminal.</translation>
    </message>
    <message>
        <source>Files cannot be chosen or opened at this terminal.</source>
        <translation>Il n’est pas possible de choisir ou d’ouvrir des fichiers sur ce terminal.</translation>
    </message>
</context>
<context>
    <name>SettingsProblem</name>
    <message>
        <source>Fill in all four SRS fields, or none for training mode.</source>
        <translation>Remplissez les quatre champs SRS, ou aucun pour le mode formation.</translation>
    </message>
    <message>
        <source>Enable at least one method.</source>
        <translation>Activez au moins une méthode.</translation>
    </message>
    <message>
        <source>Enter the current PIN to change it.</source>
        <translation>Saisissez le PIN actuel pour le modifier.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux PIN ne correspondent pas.</translation>
    </message>
    <message>
        <source>Enter the client secret given with the client ID.</source>
        <translation>Saisissez le secret client reçu avec l’ID client.</translation>
    </message>
    <message>
        <source>The token address changed: enter the client secret again.</source>
        <translation>L’adresse du jeton a changé : saisissez à nouveau le secret client.</translation>
    </message>
    <message>
        <source>The host of the SRS API address changed: enter the client secret again.</source>
        <translation>L’hôte de l’adresse de l’API SRS a changé : saisissez à nouveau le secret client.</translation>
    </message>
    <message>
        <source>The host of the RA service address changed: enter the client secret again.</source>
        <translation>L’hôte de l’adresse du service RA a changé : saisissez à nouveau le secret client.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only for a service on this computer (127.0.0.1, ::1, localhost), for training and tests.</source>
        <translation>Utilisez https://. Le simple http:// est réservé à un service sur cet ordinateur (127.0.0.1, ::1, localhost), pour la formation et les tests.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https:// (or http:// for a service on this computer).</source>
        <translation>Saisissez une adresse web complète commençant par https:// (ou http:// pour un service sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Use at most 100 characters, on one line.</source>
        <translation>Utilisez au plus 100 caractères, sur une seule ligne.</translation>
    </message>
    <message>
        <source>Too light for the white text on it: choose a darker colour (a contrast of at least 4.5:1).</source>
        <translation>Trop clair pour le texte blanc qui s’y affiche : choisissez une couleur plus foncée (contraste d’au moins 4,5:1).</translation>
    </message>
    <message>
        <source>Write the colour as #rrggbb, e.g. #0b5cad.</source>
        <translation>Indiquez la couleur sous la forme #rrggbb, p. ex. #0b5cad.</translation>
    </message>
    <message>
        <source>This file is not a picture, only its name ends in .svg or .png: export the logo again as SVG or PNG.</source>
        <translation>Ce fichier n&apos;est pas une image, seul son nom se termine par .svg ou .png : exportez de nouveau le logo en SVG ou PNG.</translation>
    </message>
    <message>
        <source>Give the full path of an existing SVG or PNG file.</source>
        <translation>Indiquez le chemin complet d’un fichier SVG ou PNG existant.</translation>
    </message>
    <message>
        <source>Use at most 80 characters, on one line.</source>
        <translation>Utilisez au plus 80 caractères, sur une seule ligne.</translation>
    </message>
    <message>
        <source>Use at most 300 characters, on one line.</source>
        <translation>Utilisez au plus 300 caractères, sur une seule ligne.</translation>
    </message>
    <message>
        <source>Choose between 15 and 3600 seconds.</source>
        <translation>Choisissez une valeur entre 15 et 3600 secondes.</translation>
    </message>
    <message>
        <source>The kiosk cannot read this picture.</source>
        <translation>Le kiosque ne peut pas lire cette image.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Nothing was saved: correct the marked fields.</source>
        <translation>Rien n’a été enregistré : corrigez les champs signalés.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Les paramètres n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Saved to %1. The new settings apply now.</source>
        <translation>Enregistré sous %1. Les nouveaux paramètres s’appliquent immédiatement.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Smart Registration Service</source>
        <translation>Smart Registration Service</translation>
    </message>
    <message>
        <source>Methods and presets</source>
        <translation>Méthodes et présélections</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosque</translation>
    </message>
    <message>
        <source>Change the staff PIN</source>
        <translation>Modifier le PIN du personnel</translation>
    </message>
    <message>
        <source>Support and billing</source>
        <translation>Support et facturation</translation>
    </message>
    <message>
        <source>Bank branding</source>
        <translation>Identité visuelle de la banque</translation>
    </message>
    <message>
        <source>SRS API address</source>
        <translation>Adresse de l’API SRS</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>Adresse du jeton</translation>
    </message>
    <message>
        <source>RA service address</source>
        <translation>Adresse du service RA</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Idle timeout (seconds)</source>
        <translation>Délai d’inactivité (secondes)</translation>
    </message>
    <message>
        <source>Default customer language</source>
        <translation>Langue par défaut des clients</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <source>Staff language</source>
        <translation>Langue du personnel</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Confirmer le nouveau PIN</translation>
    </message>
    <message>
        <source>PRO-Nr</source>
        <translation>n° PRO</translation>
    </message>
    <message>
        <source>Branch support contact</source>
        <translation>Contact de support de la succursale</translation>
    </message>
    <message>
        <source>Default External ID</source>
        <translation>ID externe par défaut</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Nom de la banque</translation>
    </message>
    <message>
        <source>Logo file (SVG or PNG)</source>
        <translation>Fichier du logo (SVG ou PNG)</translation>
    </message>
    <message>
        <source>Button colour</source>
        <translation>Couleur des boutons</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Couleur d’accentuation</translation>
    </message>
    <message>
        <source>The language of the staff screens; customers choose their own on the start screen.</source>
        <translation>La langue des écrans du personnel ; les clients choisissent la leur sur l’écran d’accueil.</translation>
    </message>
    <message>
        <source>Same as the default language</source>
        <translation>Identique à la langue par défaut</translation>
    </message>
    <message>
        <source>stored in the OS keyring; leave empty to keep it</source>
        <translation>enregistré dans le trousseau du système ; laisser vide pour le conserver</translation>
    </message>
    <message>
        <source>none stored yet: enter the one given with the client ID</source>
        <translation>aucun enregistré : saisissez celui reçu avec l’ID client</translation>
    </message>
    <message>
        <source>Staff PIN changed. Saved to %1. The new settings apply now.</source>
        <translation>PIN du personnel modifié. Enregistré sous %1. Les nouveaux paramètres s’appliquent immédiatement.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Staff screens close after (seconds)</source>
        <translation>Les écrans du personnel se ferment après (secondes)</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actuel</translation>
    </message>
    <message>
        <source>Without a touch for this long, a staff screen closes; unsaved changes are lost.</source>
        <translation>Sans contact pendant cette durée, un écran du personnel se ferme ; les modifications non enregistrées sont perdues.</translation>
    </message>
    <message>
        <source>your number for the Swisscom Service Desk</source>
        <translation>votre numéro pour le Service Desk Swisscom</translation>
    </message>
    <message>
        <source>name, phone, e-mail</source>
        <translation>nom, téléphone, e-mail</translation>
    </message>
    <message>
        <source>for billing; staff can change it per order</source>
        <translation>pour la facturation ; le personnel peut le modifier pour chaque mandat</translation>
    </message>
    <message>
        <source>#rrggbb, dark enough for white text; empty: the kiosk&apos;s own</source>
        <translation>#rrggbb, assez foncée pour du texte blanc ; vide : couleur par défaut du kiosque</translation>
    </message>
    <message>
        <source>Leave all SRS fields empty for training mode (the built-in simulator).</source>
        <translation>Laissez tous les champs SRS vides pour le mode formation (simulateur intégré).</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Presets offered on the method choice:</source>
        <translation>Présélections proposées lors du choix de la méthode :</translation>
    </message>
    <message>
        <source>Offer preset %1</source>
        <translation>Proposer la présélection %1</translation>
    </message>
    <message>
        <source>Use the notice for the additional AML contract</source>
        <translation>Utiliser l’avis pour le contrat LBA complémentaire</translation>
    </message>
    <message>
        <source>Larger text on every screen</source>
        <translation>Texte plus grand sur tous les écrans</translation>
    </message>
    <message>
        <source>On-screen keyboard for every field</source>
        <translation>Clavier à l’écran pour tous les champs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Fermer les paramètres</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
</context>
<context>
    <name>SrsError</name>
    <message>
        <source>The SRS refused the kiosk&apos;s access. Ask IT to check the client ID and secret in the settings.</source>
        <translation>Le SRS a refusé l’accès au kiosque. Demandez à l’informatique de vérifier l’ID client et le secret dans les paramètres.</translation>
    </message>
    <message>
        <source>The SRS has no confirmed evidence for this mobile number yet. Try again later.</source>
        <translation>Le SRS n’a pas encore de preuve confirmée pour ce numéro de mobile. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The SRS does not know this order or method. Check the reference ID, or start a new identification.</source>
        <translation>Le SRS ne connaît pas cette commande ou cette méthode. Vérifiez l’ID de référence ou lancez une nouvelle identification.</translation>
    </message>
    <message>
        <source>Some details were refused. Correct them and try again.</source>
        <translation>Certaines données ont été refusées. Corrigez-les et réessayez.</translation>
    </message>
    <message>
        <source>The order&apos;s current state does not allow this. Refresh to see its status.</source>
        <translation>L’état actuel de la commande ne le permet pas. Actualisez pour voir son statut.</translation>
    </message>
    <message>
        <source>The SRS cannot be reached right now. Check the network connection and try again in a moment.</source>
        <translation>Le SRS est injoignable pour le moment. Vérifiez la connexion réseau et réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The SRS sent an answer the kiosk does not understand. Try again; if it happens again, call support.</source>
        <translation>Le SRS a envoyé une réponse que le kiosque ne comprend pas. Réessayez ; si cela se reproduit, appelez le support.</translation>
    </message>
    <message>
        <source>This order is no longer in the kiosk&apos;s journal. Refresh the list.</source>
        <translation>Cette commande n’est plus dans le journal du kiosque. Actualisez la liste.</translation>
    </message>
    <message>
        <source>A file on this terminal could not be read or written.</source>
        <translation>Un fichier de ce terminal n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, call support.</source>
        <translation>Une erreur s’est produite. Réessayez ; si cela se reproduit, appelez le support.</translation>
    </message>
    <message>
        <source>The SRS answered with a server error. Try again in a moment.</source>
        <translation>Le SRS a répondu par une erreur du serveur. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The SRS is busy. Try again in a moment.</source>
        <translation>Le SRS est surchargé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
</context>
<context>
    <name>StaffDetail</name>
    <message>
        <source>For staff: the start failed. %1</source>
        <translation>Pour le personnel : le lancement a échoué. %1</translation>
    </message>
    <message>
        <source>For staff: the cancel failed. %1</source>
        <translation>Pour le personnel : l’annulation a échoué. %1</translation>
    </message>
    <message>
        <source>For staff: this terminal cannot run this method now; nothing was sent. %1</source>
        <translation>Pour le personnel : ce terminal ne peut pas effectuer cette méthode pour le moment ; rien n’a été envoyé. %1</translation>
    </message>
    <message>
        <source>For staff: order %1 ended %2; the provider&apos;s reason: %3</source>
        <translation>Pour le personnel : mandat %1 terminé (%2) ; motif du prestataire : %3</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Order dashboard</source>
        <translation>Aperçu des mandats</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Terminal readiness (diagnosis)</source>
        <translation>Disponibilité du terminal (diagnostic)</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <source>Return to kiosk mode</source>
        <translation>Revenir au mode kiosque</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Quitter le kiosque</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Close the staff menu</source>
        <translation>Fermer le menu du personnel</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>StaffStrip</name>
    <message>
        <source>For staff</source>
        <translation>Pour le personnel</translation>
    </message>
    <message>
        <source>SRS status: %1</source>
        <translation>Statut SRS : %1</translation>
    </message>
    <message>
        <source>Ref-ID: %1</source>
        <translation>Ref-ID : %1</translation>
    </message>
    <message>
        <source>Order ID: %1</source>
        <translation>ID du mandat : %1</translation>
    </message>
    <message>
        <source>Mobile token: %1</source>
        <translation>Jeton mobile : %1</translation>
    </message>
    <message>
        <source>Session token: %1</source>
        <translation>Jeton de session : %1</translation>
    </message>
    <message>
        <source>Evidence ID: %1</source>
        <translation>ID de la preuve : %1</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Support : %1</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>SRS Branch Kiosk</source>
        <translation>Kiosque SRS de la succursale</translation>
    </message>
    <message>
        <source>The kiosk cannot start</source>
        <translation>Le kiosque ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The order journal cannot be used: %1</source>
        <translation>Le journal des mandats ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>No identification can be started until IT repairs or replaces the journal file; then start the kiosk again. Details in the log: %1</source>
        <translation>Aucune identification ne peut être lancée tant que l’informatique n’a pas réparé ou remplacé le fichier du journal des mandats ; redémarrez ensuite le kiosque. Détails dans le journal d’événements : %1</translation>
    </message>
    <message>
        <source>The settings cannot be used: %1</source>
        <translation>Les réglages ne sont pas utilisables : %1</translation>
    </message>
    <message>
        <source>No identification can be started until IT corrects the settings; then start the kiosk again. Details in the log: %1</source>
        <translation>Aucune identification ne peut être démarrée tant que l&apos;informatique n&apos;a pas corrigé les réglages ; redémarrez ensuite le kiosque. Détails dans le journal : %1</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Identification in progress</source>
        <translation>Identification en cours</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Annuler l’identification</translation>
    </message>
    <message>
        <source>Open the SMS sent to your mobile phone and accept the terms.</source>
        <translation>Ouvrez le SMS envoyé sur votre téléphone mobile et acceptez les conditions d’utilisation.</translation>
    </message>
    <message>
        <source>Open the SMS sent to %1 and accept the terms.</source>
        <translation>Ouvrez le SMS envoyé au %1 et acceptez les conditions d’utilisation.</translation>
    </message>
    <message>
        <source>Finish the identification on your phone.</source>
        <translation>Terminez l’identification sur votre téléphone.</translation>
    </message>
    <message>
        <source>Finish the identification on your phone or on this screen.</source>
        <translation>Terminez l’identification sur votre téléphone ou sur cet écran.</translation>
    </message>
    <message>
        <source>Nothing to do for you now: the provider checks your identification. You may leave; the kiosk keeps following it.</source>
        <translation>Vous n’avez plus rien à faire : le prestataire vérifie votre identification. Vous pouvez partir ; le kiosque continue de la suivre.</translation>
    </message>
    <message>
        <source>The SMS may take a minute or two. No SMS? Ask the staff.</source>
        <translation>Le SMS peut prendre une ou deux minutes. Pas de SMS ? Adressez-vous au personnel.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the identification</source>
        <translation>Retour à l’identification</translation>
    </message>
    <message>
        <source>End here: the identification goes on</source>
        <translation>Terminer ici : l’identification se poursuit</translation>
    </message>
    <message>
        <source>End here and clear this screen: the identification goes on and is not cancelled</source>
        <translation>Terminer ici et effacer cet écran : l’identification se poursuit et n’est pas annulée</translation>
    </message>
    <message>
        <source>Ending here clears your details from this screen. Your identification is not cancelled: it goes on, and the kiosk keeps following it.</source>
        <translation>Si vous terminez ici, vos données sont effacées de cet écran. Votre identification n’est pas annulée : elle se poursuit, et le kiosque continue de la suivre.</translation>
    </message>
    <message>
        <source>One last step</source>
        <translation>Une dernière étape</translation>
    </message>
    <message>
        <source>Tip: activate Mobile ID (the Mobile ID app or your SIM card) before you sign: then signing takes one tap. Without it you sign with a password and a code by SMS.</source>
        <translation>Conseil : activez Mobile ID (l’application Mobile ID ou votre carte SIM) avant de signer : il suffit alors d’une seule touche pour signer. Sans Mobile ID, vous signez avec un mot de passe et un code reçu par SMS.</translation>
    </message>
    <message>
        <source>Checking the evidence with the registration service…</source>
        <translation>Vérification de la preuve auprès du service d’enregistrement…</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>choosing the method</source>
        <translation>choix de la méthode</translation>
    </message>
    <message>
        <source>your details</source>
        <translation>vos données</translation>
    </message>
    <message>
        <source>your consent</source>
        <translation>votre consentement</translation>
    </message>
    <message>
        <source>your identification</source>
        <translation>votre identification</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, almost done</source>
        <translation>Étape %1 sur %2 : %3, presque terminé</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, about %n minute(s) left</source>
        <translation>Étape %1 sur %2 : %3, encore environ %n min</translation>
    </message>
</context>
<context>
    <name>SupportCard</name>
    <message>
        <source>Authentication to SRS and requests (target URL, Ref-ID, Order ID)</source>
        <translation>Authentification auprès du SRS et requêtes (URL cible, Ref-ID, ID du mandat)</translation>
    </message>
    <message>
        <source>Swisscom Service Desk with PRO-Nr (Ref-ID, Order ID, method used, problem description, time)</source>
        <translation>Service Desk Swisscom avec le n° PRO (Ref-ID, ID du mandat, méthode utilisée, description du problème, heure)</translation>
    </message>
    <message>
        <source>Leading the customer to the identification (target URL, identity data)</source>
        <translation>Conduite du client vers l’identification (URL cible, données d’identité)</translation>
    </message>
    <message>
        <source>Service Provider Support (this branch&apos;s IT)</source>
        <translation>Support du Service Provider (informatique de cette succursale)</translation>
    </message>
    <message>
        <source>The identification itself at the identification provider</source>
        <translation>L’identification elle-même chez le prestataire d’identification</translation>
    </message>
    <message>
        <source>Identification Service Provider via the Swisscom Service Desk with PRO-Nr (Ref-ID, Order ID, method used, problem description, time)</source>
        <translation>Prestataire d’identification via le Service Desk Swisscom avec le n° PRO (Ref-ID, ID du mandat, méthode utilisée, description du problème, heure)</translation>
    </message>
    <message>
        <source>Following the order until the identification is successful (status checking)</source>
        <translation>Suivi du mandat jusqu’à la réussite de l’identification (consultation du statut)</translation>
    </message>
    <message>
        <source>Evidence at the RA service, SMS for the terms and conditions, declaration of will</source>
        <translation>Preuve auprès du service RA, SMS pour les conditions d’utilisation, déclaration de volonté</translation>
    </message>
    <message>
        <source>Swisscom Service Desk with PRO-Nr (Ref-ID, identification method used, MSISDN, evidence ID, problem description, contact)</source>
        <translation>Service Desk Swisscom avec le n° PRO (Ref-ID, méthode d’identification utilisée, MSISDN, ID de la preuve, description du problème, contact)</translation>
    </message>
    <message>
        <source>SRS support card</source>
        <translation>Fiche de support SRS</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Étape du processus</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Branch contact</source>
        <translation>Contact de la succursale</translation>
    </message>
    <message>
        <source>Evidence ID</source>
        <translation>ID de la preuve</translation>
    </message>
    <message>
        <source>Mobile token / session token</source>
        <translation>Jeton mobile / jeton de session</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>Description du problème</translation>
    </message>
    <message>
        <source>none (the SRS gave no number)</source>
        <translation>aucun (le SRS n&apos;a donné aucun numéro)</translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>Asking the SRS for the mobile number…</source>
        <translation>Demande du numéro de mobile au SRS…</translation>
    </message>
    <message>
        <source>The mobile number could not be fetched: %1</source>
        <translation>Le numéro de mobile n’a pas pu être obtenu : %1</translation>
    </message>
    <message>
        <source>(not set: Settings, Support and billing)</source>
        <translation>(non défini : Paramètres, Support et facturation)</translation>
    </message>
    <message>
        <source>(asking the SRS…)</source>
        <translation>(demande au SRS…)</translation>
    </message>
    <message>
        <source>The support card is on the clipboard.</source>
        <translation>La fiche de support a été copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Support card</source>
        <translation>Fiche de support</translation>
    </message>
    <message>
        <source>Back to the order dashboard</source>
        <translation>Retour à l’aperçu des mandats</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Étape du processus</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>PRO-Nr</source>
        <translation>n° PRO</translation>
    </message>
    <message>
        <source>Branch contact</source>
        <translation>Contact de la succursale</translation>
    </message>
    <message>
        <source>Ref-ID</source>
        <translation>Ref-ID</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID du mandat</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>MSISDN</source>
        <translation>MSISDN</translation>
    </message>
    <message>
        <source>Mobile token / session token</source>
        <translation>Jeton mobile / jeton de session</translation>
    </message>
    <message>
        <source>Evidence ID</source>
        <translation>ID de la preuve</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>Description du problème</translation>
    </message>
    <message>
        <source>What happened, what the customer saw, when…</source>
        <translation>Ce qui s’est passé, ce que le client a vu, quand…</translation>
    </message>
    <message>
        <source>Export as text</source>
        <translation>Exporter en texte</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiée.</translation>
    </message>
    <message>
        <source>The support card is on the clipboard until you leave this screen.</source>
        <translation>La fiche de support est dans le presse-papiers jusqu’à ce que vous quittiez cet écran.</translation>
    </message>
    <message>
        <source>Copy the support card</source>
        <translation>Copier la fiche de support</translation>
    </message>
    <message>
        <source>The support card could not be saved. %1</source>
        <translation>La fiche de support n&apos;a pas pu être enregistrée. %1</translation>
    </message>
    <message>
        <source>Export the support card as text</source>
        <translation>Exporter la fiche de support en texte</translation>
    </message>
    <message>
        <source>Export the support card as JSON</source>
        <translation>Exporter la fiche de support en JSON</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Initialized</source>
        <translation>Initialisé</translation>
    </message>
    <message>
        <source>Identification done</source>
        <translation>Identification effectuée</translation>
    </message>
    <message>
        <source>Data ready</source>
        <translation>Données prêtes</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Non identifié</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Check that every name and the date of birth match the ID document exactly (all first names, accents), then start again with the corrected details.</source>
        <translation>Vérifiez que tous les noms et la date de naissance correspondent exactement à la pièce d’identité (tous les prénoms, accents), puis recommencez avec les données corrigées.</translation>
    </message>
    <message>
        <source>The identification was cancelled</source>
        <translation>L’identification a été annulée</translation>
    </message>
    <message>
        <source>Identified, but not confirmed yet</source>
        <translation>Identifié, mais pas encore confirmé</translation>
    </message>
    <message>
        <source>The identification did not succeed</source>
        <translation>L’identification n’a pas abouti</translation>
    </message>
    <message>
        <source>Please speak with the staff.</source>
        <translation>Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <source>The session ran out before the identification was finished. Start a new identification: it issues a new link.</source>
        <translation>La session a expiré avant la fin de l’identification. Commencez une nouvelle identification : elle fournit un nouveau lien.</translation>
    </message>
    <message>
        <source>The provider could not finish the identification. Check light, camera and microphone, then start a new identification. If it fails again, call support with the reference ID.</source>
        <translation>Le prestataire n’a pas pu terminer l’identification. Vérifiez l’éclairage, la caméra et le microphone, puis commencez une nouvelle identification. En cas de nouvel échec, appelez le support en indiquant l’ID de référence.</translation>
    </message>
    <message>
        <source>Start a new identification and log in again, or choose another identification method.</source>
        <translation>Commencez une nouvelle identification et reconnectez-vous, ou choisissez une autre méthode d’identification.</translation>
    </message>
    <message>
        <source>Choose another identification method.</source>
        <translation>Choisissez une autre méthode d’identification.</translation>
    </message>
    <message>
        <source>Start a new identification with a valid ID document, or choose another identification method.</source>
        <translation>Commencez une nouvelle identification avec une pièce d’identité valable, ou choisissez une autre méthode d’identification.</translation>
    </message>
    <message>
        <source>Nothing more happens with this order. Start a new identification if the customer wishes.</source>
        <translation>Ce mandat n’est plus traité. Commencez une nouvelle identification si le client le souhaite.</translation>
    </message>
    <message>
        <source>The customer has to accept the terms and conditions in the SMS sent to their mobile. The kiosk stops checking now; staff can check again later with the reference ID.</source>
        <translation>Le client doit accepter les conditions d’utilisation dans le SMS envoyé sur son mobile. Le kiosque arrête maintenant la consultation ; le personnel peut vérifier à nouveau plus tard avec l’ID de référence.</translation>
    </message>
    <message>
        <source>Start a new identification, or choose another identification method. Where details were given, check that they match the ID document exactly.</source>
        <translation>Commencez une nouvelle identification, ou choisissez une autre méthode d’identification. Si des données ont été indiquées, vérifiez qu’elles correspondent exactement à la pièce d’identité.</translation>
    </message>
    <message>
        <source>Start a new identification, or choose another identification method. If it fails again, call support with the reference ID.</source>
        <translation>Commencez une nouvelle identification, ou choisissez une autre méthode d’identification. En cas de nouvel échec, appelez le support en indiquant l’ID de référence.</translation>
    </message>
    <message>
        <source>Start a new identification, or call support with the reference ID.</source>
        <translation>Commencez une nouvelle identification, ou appelez le support en indiquant l’ID de référence.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Identify yourself</source>
        <translation>Identifiez-vous</translation>
    </message>
    <message>
        <source>The provider checks</source>
        <translation>Le prestataire vérifie</translation>
    </message>
    <message>
        <source>Confirm the SMS</source>
        <translation>Confirmez le SMS</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Prêt pour la signature</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>quelques minutes</translation>
    </message>
    <message>
        <source>about %n minute(s)</source>
        <translation>environ %n min</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>pas encore confirmé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>now — %1</source>
        <translation>maintenant – %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>Unavailable</name>
    <message>
        <source>This kiosk does not know this method, and it has no web flow: it cannot be handed off at this terminal.</source>
        <translation>Ce kiosque ne connaît pas cette méthode, et elle ne fonctionne pas dans le navigateur : elle ne peut pas être utilisée sur ce terminal.</translation>
    </message>
    <message>
        <source>Switched off in this branch&apos;s settings.</source>
        <translation>Désactivé dans les paramètres de cette succursale.</translation>
    </message>
</context>
<context>
    <name>VerdictList</name>
    <message>
        <source>Which methods this terminal can run appears here once the check has run.</source>
        <translation>Les méthodes que ce terminal peut effectuer s’affichent ici une fois la vérification effectuée.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <source>Blocked by: %1</source>
        <translation>Bloqué par : %1</translation>
    </message>
    <message>
        <source>Recommended checks that did not pass: %1</source>
        <translation>Vérifications recommandées non réussies : %1</translation>
    </message>
</context>
<context>
    <name>WebNotice</name>
    <message>
        <source>Back to the identification</source>
        <translation>Retour à l’identification</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start over: cancels this identification and starts a new one</source>
        <translation>Recommencer : annule cette identification et en commence une nouvelle</translation>
    </message>
    <message>
        <source>Load the page again</source>
        <translation>Recharger la page</translation>
    </message>
    <message>
        <source>This page cannot be opened here</source>
        <translation>Cette page ne peut pas être ouverte ici</translation>
    </message>
    <message>
        <source>The page tried to open %1, which is not part of the identification. It was not opened.</source>
        <translation>La page a tenté d’ouvrir %1, qui ne fait pas partie de l’identification. Cette page n’a pas été ouverte.</translation>
    </message>
    <message>
        <source>You can go on with the identification.</source>
        <translation>Vous pouvez poursuivre l’identification.</translation>
    </message>
    <message>
        <source>The connection is not secure</source>
        <translation>La connexion n’est pas sécurisée</translation>
    </message>
    <message>
        <source>The provider&apos;s page could not prove its identity, so it was not opened. No data was sent.</source>
        <translation>La page du prestataire n’a pas pu prouver son identité ; elle n’a donc pas été ouverte. Aucune donnée n’a été envoyée.</translation>
    </message>
    <message>
        <source>Please ask the branch staff: the terminal&apos;s date and time, or a proxy in the branch network, may be wrong.</source>
        <translation>Veuillez vous adresser au personnel de la succursale : la date et l’heure du terminal, ou un proxy du réseau de la succursale, sont peut-être mal réglés.</translation>
    </message>
    <message>
        <source>The page could not be loaded</source>
        <translation>La page n’a pas pu être chargée</translation>
    </message>
    <message>
        <source>The provider&apos;s page did not answer.</source>
        <translation>La page du prestataire n’a pas répondu.</translation>
    </message>
    <message>
        <source>Check that the terminal is connected to the network, then load the page again. Your identification is kept.</source>
        <translation>Vérifiez que le terminal est connecté au réseau, puis rechargez la page. Votre identification est conservée.</translation>
    </message>
    <message>
        <source>The page stopped working</source>
        <translation>La page ne fonctionne plus</translation>
    </message>
    <message>
        <source>The provider&apos;s page was closed unexpectedly.</source>
        <translation>La page du prestataire a été fermée de manière inattendue.</translation>
    </message>
    <message>
        <source>Load the page again to continue where you can. If it happens again, please ask the branch staff.</source>
        <translation>Rechargez la page pour reprendre là où c’est possible. Si cela se reproduit, veuillez vous adresser au personnel de la succursale.</translation>
    </message>
    <message>
        <source>The identification page cannot be shown here</source>
        <translation>La page d’identification ne peut pas être affichée ici</translation>
    </message>
    <message>
        <source>This terminal&apos;s browser is set up in a way that is not safe for an identification.</source>
        <translation>Le navigateur de ce terminal est configuré d’une manière qui n’est pas sûre pour une identification.</translation>
    </message>
    <message>
        <source>Please ask the branch staff. You can continue on your phone instead.</source>
        <translation>Veuillez vous adresser au personnel de la succursale. Vous pouvez aussi continuer sur votre téléphone.</translation>
    </message>
    <message>
        <source>This identification link is used up</source>
        <translation>Ce lien d’identification est épuisé</translation>
    </message>
    <message>
        <source>The provider allows its link to be opened only a few times, and that number is reached.</source>
        <translation>Le prestataire n’autorise que quelques ouvertures de son lien, et ce nombre est atteint.</translation>
    </message>
    <message>
        <source>Start over to get a new link: this identification is cancelled and your data is kept.</source>
        <translation>Recommencez pour obtenir un nouveau lien : cette identification est annulée et vos données sont conservées.</translation>
    </message>
    <message>
        <source>This identification has expired</source>
        <translation>Cette identification a expiré</translation>
    </message>
    <message>
        <source>The provider&apos;s session lasts a limited time, and it has run out.</source>
        <translation>La session du prestataire est limitée dans le temps, et ce délai est écoulé.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Download speed</source>
        <translation>Débit descendant</translation>
    </message>
    <message>
        <source>Upload speed</source>
        <translation>Débit montant</translation>
    </message>
    <message>
        <source>Connections (TCP)</source>
        <translation>Connexions (TCP)</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>Secure connection to the video hosts (TLS)</source>
        <translation>Connexion sécurisée aux hôtes vidéo (TLS)</translation>
    </message>
    <message>
        <source>WebSocket (video signalling)</source>
        <translation>WebSocket (signalisation vidéo)</translation>
    </message>
    <message>
        <source>Non-TLS traffic on port 443</source>
        <translation>Trafic non TLS sur le port 443</translation>
    </message>
    <message>
        <source>UDP (STUN)</source>
        <translation>UDP (STUN)</translation>
    </message>
    <message>
        <source>UDP high ports (STUN)</source>
        <translation>Ports UDP élevés (STUN)</translation>
    </message>
    <message>
        <source>Video calls in the browser (WebRTC)</source>
        <translation>Appels vidéo dans le navigateur (WebRTC)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>required %1</source>
        <translation>requis %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
</TS>
