<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message numerus="yes">
        <source>%n identification(s) still followed in the background</source>
        <translation>
            <numerusform>%n identification still followed in the background</numerusform>
            <numerusform>%n identifications still followed in the background</numerusform>
        </translation>
    </message>
    <message>
        <source>Identify yourself for your electronic signature</source>
        <translation>Identify yourself for your electronic signature</translation>
    </message>
    <message>
        <source>Choose your language. A member of staff will guide you through the next steps.</source>
        <translation>Choose your language. A member of staff will guide you through the next steps.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Larger text and high contrast</source>
        <translation>Larger text and high contrast</translation>
    </message>
    <message>
        <source>Start identification</source>
        <translation>Start identification</translation>
    </message>
    <message>
        <source>Start identification (staff)</source>
        <translation>Start identification (staff)</translation>
    </message>
</context>
<context>
    <name>BrandingPreview</name>
    <message>
        <source>the logo</source>
        <translation>the logo</translation>
    </message>
    <message>
        <source>the button colour</source>
        <translation>the button colour</translation>
    </message>
    <message>
        <source>the highlight colour</source>
        <translation>the highlight colour</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not usable as typed, shown as the kiosk&apos;s own: %1.</source>
        <translation>Not usable as typed, shown as the kiosk&apos;s own: %1.</translation>
    </message>
    <message>
        <source>Preview of the branding</source>
        <translation>Preview of the branding</translation>
    </message>
    <message>
        <source>Start identification</source>
        <translation>Start identification</translation>
    </message>
    <message>
        <source>A main button: %1</source>
        <translation>A main button: %1</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>A chosen item: %1</source>
        <translation>A chosen item: %1</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>No camera found.</source>
        <translation>No camera found.</translation>
    </message>
    <message>
        <source>This application may not use the camera: allow it in the system settings.</source>
        <translation>This application may not use the camera: allow it in the system settings.</translation>
    </message>
    <message>
        <source>The camera does not work: %1</source>
        <translation>The camera does not work: %1</translation>
    </message>
    <message>
        <source>The camera picture appears here while this screen is open.</source>
        <translation>The camera picture appears here while this screen is open.</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Camera preview</translation>
    </message>
</context>
<context>
    <name>CancelConfirm</name>
    <message>
        <source>Cancel this identification?</source>
        <translation>Cancel this identification?</translation>
    </message>
    <message>
        <source>The identification stops at the provider and cannot be continued. To be identified later, you start a new one.</source>
        <translation>The identification stops at the provider and cannot be continued. To be identified later, you start a new one.</translation>
    </message>
    <message>
        <source>Yes, cancel</source>
        <translation>Yes, cancel</translation>
    </message>
    <message>
        <source>Yes, cancel the identification</source>
        <translation>Yes, cancel the identification</translation>
    </message>
    <message>
        <source>No, go on</source>
        <translation>No, go on</translation>
    </message>
    <message>
        <source>No, go on with the identification</source>
        <translation>No, go on with the identification</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Checking this terminal for the video call (camera, microphone, network)…</source>
        <translation>Checking this terminal for the video call (camera, microphone, network)…</translation>
    </message>
    <message>
        <source>Requesting the personal identification link…</source>
        <translation>Requesting the personal identification link…</translation>
    </message>
    <message>
        <source>This terminal cannot record identifications right now, so your identification was not started. Please ask the staff for help.</source>
        <translation>This terminal cannot record identifications right now, so your identification was not started. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>For staff: the order journal could not be written, so the start was not sent (%1). Check the disk space and the data folder, then restart the kiosk.</source>
        <translation>For staff: the order journal could not be written, so the start was not sent (%1). Check the disk space and the data folder, then restart the kiosk.</translation>
    </message>
    <message>
        <source>For staff: the order journal could not be written (%1). Order %2 was created and has been cancelled again. Check the disk space and the data folder, then restart the kiosk.</source>
        <translation>For staff: the order journal could not be written (%1). Order %2 was created and has been cancelled again. Check the disk space and the data folder, then restart the kiosk.</translation>
    </message>
    <message>
        <source>For staff: the order journal could not be written (%1). Order %2 was created and could NOT be cancelled: cancel it with support. Check the disk space and the data folder, then restart the kiosk.</source>
        <translation>For staff: the order journal could not be written (%1). Order %2 was created and could NOT be cancelled: cancel it with support. Check the disk space and the data folder, then restart the kiosk.</translation>
    </message>
    <message>
        <source>Before you continue</source>
        <translation>Before you continue</translation>
    </message>
    <message>
        <source>Tip: activate Mobile ID (on your SIM card or in the Mobile ID app) before you start. You can then sign with it easily; otherwise you sign with a password and a code by SMS.</source>
        <translation>Tip: activate Mobile ID (on your SIM card or in the Mobile ID app) before you start. You can then sign with it easily; otherwise you sign with a password and a code by SMS.</translation>
    </message>
    <message>
        <source>After the identification you get an SMS from Swisscom: accept the terms to finish.</source>
        <translation>After the identification you get an SMS from Swisscom: accept the terms to finish.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the customer details</source>
        <translation>Back to the customer details</translation>
    </message>
    <message>
        <source>Check my details</source>
        <translation>Check my details</translation>
    </message>
    <message>
        <source>Back to the details to check them</source>
        <translation>Back to the details to check them</translation>
    </message>
    <message>
        <source>Choose another method</source>
        <translation>Choose another method</translation>
    </message>
    <message>
        <source>Back to the method choice</source>
        <translation>Back to the method choice</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Try again to start</source>
        <translation>Try again to start</translation>
    </message>
    <message>
        <source>I agree — continue</source>
        <translation>I agree — continue</translation>
    </message>
    <message>
        <source>I agree to the notice: continue</source>
        <translation>I agree to the notice: continue</translation>
    </message>
</context>
<context>
    <name>CustomerError</name>
    <message>
        <source>The identification service is not answering right now: please try again in a moment.</source>
        <translation>The identification service is not answering right now: please try again in a moment.</translation>
    </message>
    <message>
        <source>This terminal cannot start identifications right now: please ask the staff for help.</source>
        <translation>This terminal cannot start identifications right now: please ask the staff for help.</translation>
    </message>
    <message>
        <source>This identification method is not available right now: please choose another one.</source>
        <translation>This identification method is not available right now: please choose another one.</translation>
    </message>
    <message>
        <source>Some of your details were not accepted: please check them.</source>
        <translation>Some of your details were not accepted: please check them.</translation>
    </message>
    <message>
        <source>Something went wrong on our side: please try again.</source>
        <translation>Something went wrong on our side: please try again.</translation>
    </message>
    <message>
        <source>This terminal cannot run this identification right now: please choose another method.</source>
        <translation>This terminal cannot run this identification right now: please choose another method.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>The orders could not be read: %1</source>
        <translation>The orders could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) got no answer from the SRS: it may hold an order this terminal does not follow. Check with support:</source>
        <translation>
            <numerusform>%n start got no answer from the SRS: it may hold an order this terminal does not follow. Check with support:</numerusform>
            <numerusform>%n starts got no answer from the SRS: it may hold an order this terminal does not follow. Check with support:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2, External ID %3, started %4</source>
        <translation>%1/%2, External ID %3, started %4</translation>
    </message>
    <message>
        <source>Cancel order %1? The identification stops at the provider; this cannot be undone.</source>
        <translation>Cancel order %1? The identification stops at the provider; this cannot be undone.</translation>
    </message>
    <message>
        <source>Another customer&apos;s session is open on this terminal. Showing the code of %1 ends that session (an order under way goes on being followed).</source>
        <translation>Another customer&apos;s session is open on this terminal. Showing the code of %1 ends that session (an order under way goes on being followed).</translation>
    </message>
    <message>
        <source>Yes, show the code</source>
        <translation>Yes, show the code</translation>
    </message>
    <message>
        <source>The code of %1 cannot be shown again: the order is no longer waiting for its customer.</source>
        <translation>The code of %1 cannot be shown again: the order is no longer waiting for its customer.</translation>
    </message>
    <message>
        <source>Could not show the code of %1: %2</source>
        <translation>Could not show the code of %1: %2</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>Cancelling %1…</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>Could not cancel %1: %2</translation>
    </message>
    <message>
        <source>Cancel of %1 requested: another process (pid %2 on %3) follows this order and cancels it at its next lease renewal, shortly. The row shows the result.</source>
        <translation>Cancel of %1 requested: another process (pid %2 on %3) follows this order and cancels it at its next lease renewal, shortly. The row shows the result.</translation>
    </message>
    <message>
        <source>Cancel of %1 requested: the SRS did not confirm yet; the kiosk keeps trying.</source>
        <translation>Cancel of %1 requested: the SRS did not confirm yet; the kiosk keeps trying.</translation>
    </message>
    <message>
        <source>The SRS did not cancel %1: it offers no cancel for this order. The identification stays open until it ends; the row shows how.</source>
        <translation>The SRS did not cancel %1: it offers no cancel for this order. The identification stays open until it ends; the row shows how.</translation>
    </message>
    <message>
        <source>Order %1: %2.</source>
        <translation>Order %1: %2.</translation>
    </message>
    <message>
        <source>Asking the SRS about %1…</source>
        <translation>Asking the SRS about %1…</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>Could not check %1: %2</translation>
    </message>
    <message>
        <source>Another process follows %1 (%2) and checks it on its own.</source>
        <translation>Another process follows %1 (%2) and checks it on its own.</translation>
    </message>
    <message>
        <source>Checked %1: SRS status %2, %3; next: %4.</source>
        <translation>Checked %1: SRS status %2, %3; next: %4.</translation>
    </message>
    <message>
        <source>Orders: %1; still in progress: %2.</source>
        <translation>Orders: %1; still in progress: %2.</translation>
    </message>
    <message>
        <source>Shown: %1.</source>
        <translation>Shown: %1.</translation>
    </message>
    <message>
        <source>No order matches: check the Ref-ID, or clear the search or the switches.</source>
        <translation>No order matches: check the Ref-ID, or clear the search or the switches.</translation>
    </message>
    <message>
        <source>No order matches: check the Ref-ID or clear the search.</source>
        <translation>No order matches: check the Ref-ID or clear the search.</translation>
    </message>
    <message>
        <source>No order in progress needs attention: turn off &quot;Open only&quot; to see the ended ones that do.</source>
        <translation>No order in progress needs attention: turn off &quot;Open only&quot; to see the ended ones that do.</translation>
    </message>
    <message>
        <source>Orders on this terminal</source>
        <translation>Orders on this terminal</translation>
    </message>
    <message>
        <source>Close the order dashboard</source>
        <translation>Close the order dashboard</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Search by Ref-ID</source>
        <translation>Search by Ref-ID</translation>
    </message>
    <message>
        <source>Search orders by Ref-ID</source>
        <translation>Search orders by Ref-ID</translation>
    </message>
    <message>
        <source>Part of the Ref-ID; the list shows the orders whose Ref-ID holds it</source>
        <translation>Part of the Ref-ID; the list shows the orders whose Ref-ID holds it</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>Show only the orders still in progress</source>
        <translation>Show only the orders still in progress</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Show only the orders that failed, ended without evidence or cannot be checked</source>
        <translation>Show only the orders that failed, ended without evidence or cannot be checked</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Refresh the order list</source>
        <translation>Refresh the order list</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Cancel order…</translation>
    </message>
    <message>
        <source>Cancel the selected order</source>
        <translation>Cancel the selected order</translation>
    </message>
    <message>
        <source>Support card</source>
        <translation>Support card</translation>
    </message>
    <message>
        <source>Open the support card of the selected order</source>
        <translation>Open the support card of the selected order</translation>
    </message>
    <message>
        <source>Yes, cancel the order</source>
        <translation>Yes, cancel the order</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Ask the SRS about the selected order now, not at its next check</source>
        <translation>Ask the SRS about the selected order now, not at its next check</translation>
    </message>
    <message>
        <source>Show the code again</source>
        <translation>Show the code again</translation>
    </message>
    <message>
        <source>Show the selected order&apos;s QR code or web page to its customer again</source>
        <translation>Show the selected order&apos;s QR code or web page to its customer again</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
</context>
<context>
    <name>DataScreen</name>
    <message>
        <source>Used as: %1</source>
        <translation>Used as: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting.</source>
        <translation>
            <numerusform>%n field needs correcting.</numerusform>
            <numerusform>%n fields need correcting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer details for %1</source>
        <translation>Customer details for %1</translation>
    </message>
    <message>
        <source>Enter the details exactly as on the ID document. Fields marked * are required.</source>
        <translation>Enter the details exactly as on the ID document. Fields marked * are required.</translation>
    </message>
    <message>
        <source>Enter your mobile number: the identification and your signatures later are bound to it. Fields marked * are required.</source>
        <translation>Enter your mobile number: the identification and your signatures later are bound to it. Fields marked * are required.</translation>
    </message>
    <message>
        <source>Enter the details exactly as your bank has them for your account. Fields marked * are required.</source>
        <translation>Enter the details exactly as your bank has them for your account. Fields marked * are required.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <source>Also send the other data for matching</source>
        <translation>Also send the other data for matching</translation>
    </message>
    <message>
        <source>Without a data match the only identity detail sent is the last name: it must match the ID document exactly (no typos, every accent), or the identification is rejected.</source>
        <translation>Without a data match the only identity detail sent is the last name: it must match the ID document exactly (no typos, every accent), or the identification is rejected.</translation>
    </message>
    <message>
        <source>Every detail sent is checked against the ID document; the identification fails if one does not match. Send only what you need matched.</source>
        <translation>Every detail sent is checked against the ID document; the identification fails if one does not match. Send only what you need matched.</translation>
    </message>
    <message>
        <source>This branch&apos;s default; change it for this order if needed.</source>
        <translation>This branch&apos;s default; change it for this order if needed.</translation>
    </message>
    <message>
        <source>Training: SIM-WAIT waits for the provider page&apos;s buttons; SIM-NEGATIVE, SIM-ERROR, SIM-NOTERMS and SIM-EXPIRE play other outcomes.</source>
        <translation>Training: SIM-WAIT waits for the provider page&apos;s buttons; SIM-NEGATIVE, SIM-ERROR, SIM-NOTERMS and SIM-EXPIRE play other outcomes.</translation>
    </message>
    <message>
        <source>Not accepted by this method: %1</source>
        <translation>Not accepted by this method: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the method choice</source>
        <translation>Back to the method choice</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next: the customer&apos;s consent</source>
        <translation>Next: the customer&apos;s consent</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>There is no day %1 in that month: enter the day again.</source>
        <translation>There is no day %1 in that month: enter the day again.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>The year must be between %1 and %2.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>The month must be between 1 and 12.</translation>
    </message>
    <message>
        <source>The day must be between 1 and %1.</source>
        <translation>The day must be between 1 and %1.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
</context>
<context>
    <name>DiagnosisScreen</name>
    <message>
        <source>Close the diagnosis</source>
        <translation>Close the diagnosis</translation>
    </message>
</context>
<context>
    <name>DiagnosisWidget</name>
    <message>
        <source>The check could not run: %1</source>
        <translation>The check could not run: %1</translation>
    </message>
    <message>
        <source>Terminal readiness</source>
        <translation>Terminal readiness</translation>
    </message>
    <message>
        <source>Checks camera, microphone, network speed, connections, UDP and the built-in browser, and tells which identification methods this terminal can run.</source>
        <translation>Checks camera, microphone, network speed, connections, UDP and the built-in browser, and tells which identification methods this terminal can run.</translation>
    </message>
    <message>
        <source>The report could not be saved. %1</source>
        <translation>The report could not be saved. %1</translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation>Save as text</translation>
    </message>
    <message>
        <source>Save as JSON</source>
        <translation>Save as JSON</translation>
    </message>
    <message>
        <source>Identification methods</source>
        <translation>Identification methods</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Save the readiness report as text</source>
        <translation>Save the readiness report as text</translation>
    </message>
    <message>
        <source>Save the readiness report as JSON</source>
        <translation>Save the readiness report as JSON</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>Checking… %1 of %2 checks done.</source>
        <translation>Checking… %1 of %2 checks done.</translation>
    </message>
    <message>
        <source>The check has not run yet.</source>
        <translation>The check has not run yet.</translation>
    </message>
    <message>
        <source>Checked at %1 in %2 s: %3 of %4 methods can run.</source>
        <translation>Checked at %1 in %2 s: %3 of %4 methods can run.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Run again</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Run check</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Run the readiness check</source>
        <translation>Run the readiness check</translation>
    </message>
</context>
<context>
    <name>ExportProblem</name>
    <message>
        <source>The folder %1 does not exist and could not be made.</source>
        <translation>The folder %1 does not exist and could not be made.</translation>
    </message>
    <message>
        <source>The kiosk may not write in the folder %1.</source>
        <translation>The kiosk may not write in the folder %1.</translation>
    </message>
    <message>
        <source>The disk of the folder %1 is full.</source>
        <translation>The disk of the folder %1 is full.</translation>
    </message>
    <message>
        <source>The folder %1 is on a read-only disk.</source>
        <translation>The folder %1 is on a read-only disk.</translation>
    </message>
    <message>
        <source>The kiosk could not write in the folder %1 (system error %2).</source>
        <translation>The kiosk could not write in the folder %1 (system error %2).</translation>
    </message>
    <message>
        <source>Check the folder ([support] export_folder in the settings file).</source>
        <translation>Check the folder ([support] export_folder in the settings file).</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>First name(s)</source>
        <translation>First name(s)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>ID document valid until</source>
        <translation>ID document valid until</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Country of residence</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>External ID</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postal address</translation>
    </message>
    <message>
        <source>artist name</source>
        <translation>artist name</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>ID document number</translation>
    </message>
    <message>
        <source>issuing country</source>
        <translation>issuing country</translation>
    </message>
    <message>
        <source>issuing city</source>
        <translation>issuing city</translation>
    </message>
    <message>
        <source>names</source>
        <translation>names</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nationality</translation>
    </message>
</context>
<context>
    <name>HandoffQrScreen</name>
    <message>
        <source>QR code of the app in the store: %1</source>
        <translation>QR code of the app in the store: %1</translation>
    </message>
    <message>
        <source>Identify yourself with your ID card and your phone</source>
        <translation>Identify yourself with your ID card and your phone</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continue on your phone</translation>
    </message>
    <message>
        <source>QR code to open your identification on your phone</source>
        <translation>QR code to open your identification on your phone</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera</source>
        <translation>Scan this code with your phone&apos;s camera</translation>
    </message>
    <message>
        <source>Your phone is connected</source>
        <translation>Your phone is connected</translation>
    </message>
    <message>
        <source>Follow the steps in the AUTHADA app on your phone. This screen moves on by itself.</source>
        <translation>Follow the steps in the AUTHADA app on your phone. This screen moves on by itself.</translation>
    </message>
    <message>
        <source>Follow the steps on your phone. This screen moves on by itself.</source>
        <translation>Follow the steps on your phone. This screen moves on by itself.</translation>
    </message>
    <message>
        <source>Show the code again</source>
        <translation>Show the code again</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera; the page that opens starts the AUTHADA app.</source>
        <translation>Scan the code with your phone&apos;s camera; the page that opens starts the AUTHADA app.</translation>
    </message>
    <message>
        <source>Hold your ID card to the back of your phone until the app has read it (NFC).</source>
        <translation>Hold your ID card to the back of your phone until the app has read it (NFC).</translation>
    </message>
    <message>
        <source>Enter your 6-digit card PIN in the app.</source>
        <translation>Enter your 6-digit card PIN in the app.</translation>
    </message>
    <message>
        <source>You need: a German ID card with the online function (eID) or an electronic residence permit, its 6-digit PIN, and a smartphone with NFC.</source>
        <translation>You need: a German ID card with the online function (eID) or an electronic residence permit, its 6-digit PIN, and a smartphone with NFC.</translation>
    </message>
    <message>
        <source>It takes a few minutes; longer if you first download the app.</source>
        <translation>It takes a few minutes; longer if you first download the app.</translation>
    </message>
    <message>
        <source>Back to the steps</source>
        <translation>Back to the steps</translation>
    </message>
    <message>
        <source>Don&apos;t have the app yet?</source>
        <translation>Don&apos;t have the app yet?</translation>
    </message>
    <message>
        <source>The AUTHADA app is free. Scan the code for your phone&apos;s store with its camera, install the app, then scan the large code.</source>
        <translation>The AUTHADA app is free. Scan the code for your phone&apos;s store with its camera, install the app, then scan the large code.</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Cancel identification</translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation>Show progress</translation>
    </message>
    <message>
        <source>Preparing your identification link…</source>
        <translation>Preparing your identification link…</translation>
    </message>
</context>
<context>
    <name>HandoffWebScreen</name>
    <message>
        <source>Identification page of the provider</source>
        <translation>Identification page of the provider</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continue on your phone</translation>
    </message>
    <message>
        <source>QR code to continue on your phone</source>
        <translation>QR code to continue on your phone</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera to do the identification there instead.</source>
        <translation>Scan the code with your phone&apos;s camera to do the identification there instead.</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera. You log in to your bank on your own phone, not on this shared terminal.</source>
        <translation>Scan the code with your phone&apos;s camera. You log in to your bank on your own phone, not on this shared terminal.</translation>
    </message>
    <message>
        <source>For staff: if the customer has no smartphone</source>
        <translation>For staff: if the customer has no smartphone</translation>
    </message>
    <message>
        <source>Open on this kiosk</source>
        <translation>Open on this kiosk</translation>
    </message>
    <message>
        <source>For staff: open the page on this kiosk instead of the phone</source>
        <translation>For staff: open the page on this kiosk instead of the phone</translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation>Show progress</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Cancel identification</translation>
    </message>
    <message>
        <source>Preparing your identification link…</source>
        <translation>Preparing your identification link…</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>needed to use the identity.tm mobile app; must match the ID exactly</source>
        <translation>needed to use the identity.tm mobile app; must match the ID exactly</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>No activity: this session ends in %n second(s). Touch the screen to continue.</source>
        <translation>
            <numerusform>No activity: this session ends in %n second. Touch the screen to continue.</numerusform>
            <numerusform>No activity: this session ends in %n seconds. Touch the screen to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>open the staff menu</source>
        <translation>open the staff menu</translation>
    </message>
    <message>
        <source>quit the kiosk</source>
        <translation>quit the kiosk</translation>
    </message>
    <message>
        <source>open the order dashboard</source>
        <translation>open the order dashboard</translation>
    </message>
    <message>
        <source>open the page on this kiosk</source>
        <translation>open the page on this kiosk</translation>
    </message>
    <message numerus="yes">
        <source>No activity: this staff screen closes in %n second(s). Touch the screen to stay.</source>
        <translation>
            <numerusform>No activity: this staff screen closes in %n second. Touch the screen to stay.</numerusform>
            <numerusform>No activity: this staff screen closes in %n seconds. Touch the screen to stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>SRS Branch Kiosk</source>
        <translation>SRS Branch Kiosk</translation>
    </message>
    <message>
        <source>Training mode: a built-in simulator plays the SRS; no real identification</source>
        <translation>Training mode: a built-in simulator plays the SRS; no real identification</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff menu (PIN)</source>
        <translation>Staff menu (PIN)</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
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
        <translation>yes</translation>
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
        <translation>no app needed</translation>
    </message>
    <message>
        <source>app on the phone</source>
        <translation>app on the phone</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Duration not stated</source>
        <translation>Duration not stated</translation>
    </message>
    <message>
        <source>About %1–%2 minutes</source>
        <translation>About %1–%2 minutes</translation>
    </message>
    <message>
        <source>A few minutes (at most %1)</source>
        <translation>A few minutes (at most %1)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>A few minutes</source>
        <translation>A few minutes</translation>
    </message>
    <message>
        <source>evidence %1</source>
        <translation>evidence %1</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>session of %1 min</source>
        <translation>session of %1 min</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>a few minutes</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Jurisdictions</translation>
    </message>
    <message>
        <source>Level of assurance</source>
        <translation>Level of assurance</translation>
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
        <translation>Web flow</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Real time</translation>
    </message>
    <message>
        <source>Evidence valid</source>
        <translation>Evidence valid</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>Typical duration</source>
        <translation>Typical duration</translation>
    </message>
    <message>
        <source>A method this kiosk does not know (type %1): it runs in the kiosk&apos;s web view.</source>
        <translation>A method this kiosk does not know (type %1): it runs in the kiosk&apos;s web view.</translation>
    </message>
    <message>
        <source>The customer needs: %1</source>
        <translation>The customer needs: %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>Video calls in %1 only: the customer chose %2.</source>
        <translation>Video calls in %1 only: the customer chose %2.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choose %1</translation>
    </message>
</context>
<context>
    <name>MethodNeeds</name>
    <message>
        <source>the terminal&apos;s camera and microphone</source>
        <translation>the terminal&apos;s camera and microphone</translation>
    </message>
    <message>
        <source>a valid ID document</source>
        <translation>a valid ID document</translation>
    </message>
    <message>
        <source>10–20 minutes</source>
        <translation>10–20 minutes</translation>
    </message>
    <message>
        <source>a call in German or English</source>
        <translation>a call in German or English</translation>
    </message>
    <message>
        <source>a German ID card with eID function, or a residence card</source>
        <translation>a German ID card with eID function, or a residence card</translation>
    </message>
    <message>
        <source>a smartphone with NFC</source>
        <translation>a smartphone with NFC</translation>
    </message>
    <message>
        <source>the AUTHADA app (free)</source>
        <translation>the AUTHADA app (free)</translation>
    </message>
    <message>
        <source>the 6-digit PIN of the ID card</source>
        <translation>the 6-digit PIN of the ID card</translation>
    </message>
    <message>
        <source>online banking at a supported bank (about 3500 banks)</source>
        <translation>online banking at a supported bank (about 3500 banks)</translation>
    </message>
    <message>
        <source>a mobile phone for an SMS code</source>
        <translation>a mobile phone for an SMS code</translation>
    </message>
</context>
<context>
    <name>MethodsScreen</name>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <translation>LOA %1 or higher</translation>
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
        <translation>Customer&apos;s language: %1</translation>
    </message>
    <message>
        <source>Loading the identification methods…</source>
        <translation>Loading the identification methods…</translation>
    </message>
    <message>
        <source>The methods could not be loaded: %1</source>
        <translation>The methods could not be loaded: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) match</source>
        <translation>
            <numerusform>%n method matches</numerusform>
            <numerusform>%n methods match</numerusform>
        </translation>
    </message>
    <message>
        <source>No method matches these filters. Choose fewer filters or another preset.</source>
        <translation>No method matches these filters. Choose fewer filters or another preset.</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>All methods</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Preset: %1</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>More filters</translation>
    </message>
    <message numerus="yes">
        <source>More filters (%n set)</source>
        <translation>
            <numerusform>More filters (%n set)</numerusform>
            <numerusform>More filters (%n set)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the identification method</source>
        <translation>Choose the identification method</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdiction</translation>
    </message>
    <message>
        <source>Level of assurance</source>
        <translation>Level of assurance</translation>
    </message>
    <message>
        <source>Method type</source>
        <translation>Method type</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Web flow</source>
        <translation>Web flow</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Real time</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Load the methods again</source>
        <translation>Load the methods again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel and return to the start</source>
        <translation>Cancel and return to the start</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
</context>
<context>
    <name>MicrophoneMeter</name>
    <message>
        <source>This application may not use the microphone: allow it in the system settings.</source>
        <translation>This application may not use the microphone: allow it in the system settings.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>No microphone found.</translation>
    </message>
    <message>
        <source>Speak: the bar moves with the voice.</source>
        <translation>Speak: the bar moves with the voice.</translation>
    </message>
    <message>
        <source>The microphone level appears here while this screen is open.</source>
        <translation>The microphone level appears here while this screen is open.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
    </message>
</context>
<context>
    <name>MoreTimePrompt</name>
    <message numerus="yes">
        <source>Without an answer, the session ends in %n second(s).</source>
        <translation>
            <numerusform>Without an answer, the session ends in %n second.</numerusform>
            <numerusform>Without an answer, the session ends in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Need more time?</source>
        <translation>Need more time?</translation>
    </message>
    <message>
        <source>Take the time you need: your identification goes on. Touch Continue to keep this screen, or End here to close it; the identification is not cancelled.</source>
        <translation>Take the time you need: your identification goes on. Touch Continue to keep this screen, or End here to close it; the identification is not cancelled.</translation>
    </message>
    <message>
        <source>End here</source>
        <translation>End here</translation>
    </message>
    <message>
        <source>End here and clear this screen; the identification goes on</source>
        <translation>End here and clear this screen; the identification goes on</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Continue: I need more time</source>
        <translation>Continue: I need more time</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Capital letter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Hide the keyboard</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbols</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Accented letters</translation>
    </message>
</context>
<context>
    <name>OrderNotice</name>
    <message>
        <source>Order %1: %2</source>
        <translation>Order %1: %2</translation>
    </message>
    <message>
        <source>Order %1 ended: %2. Open the order dashboard.</source>
        <translation>Order %1 ended: %2. Open the order dashboard.</translation>
    </message>
    <message numerus="yes">
        <source>%n orders ended</source>
        <translation>
            <numerusform>%n order ended</numerusform>
            <numerusform>%n orders ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders ended. Open the order dashboard.</source>
        <translation>
            <numerusform>%n order ended. Open the order dashboard.</numerusform>
            <numerusform>%n orders ended. Open the order dashboard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderStrip</name>
    <message>
        <source>The connection to the identification service is interrupted. The kiosk keeps trying by itself; nothing is lost.</source>
        <translation>The connection to the identification service is interrupted. The kiosk keeps trying by itself; nothing is lost.</translation>
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
        <translation>Method</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Since start</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>ended without evidence</source>
        <translation>ended without evidence</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
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
        <translation>followed by another process (pid %1 on %2)</translation>
    </message>
    <message>
        <source>done (%1)</source>
        <translation>done (%1)</translation>
    </message>
    <message>
        <source>status check</source>
        <translation>status check</translation>
    </message>
    <message>
        <source>verify evidence</source>
        <translation>verify evidence</translation>
    </message>
    <message>
        <source>cancel at SRS</source>
        <translation>cancel at SRS</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 now</translation>
    </message>
    <message>
        <source>Cancel requested (the other process does it)</source>
        <translation>Cancel requested (the other process does it)</translation>
    </message>
    <message>
        <source>Cancel pending (retrying)</source>
        <translation>Cancel pending (retrying)</translation>
    </message>
    <message>
        <source>Connection problem: %1 failed attempts in a row</source>
        <translation>Connection problem: %1 failed attempts in a row</translation>
    </message>
    <message>
        <source>The session ran out: start a new identification</source>
        <translation>The session ran out: start a new identification</translation>
    </message>
    <message>
        <source>The SRS no longer knows this order</source>
        <translation>The SRS no longer knows this order</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>A PIN has 6 to 12 digits.</source>
        <translation>A PIN has 6 to 12 digits.</translation>
    </message>
    <message>
        <source>Choose a PIN that is not a run or a repetition of one digit.</source>
        <translation>Choose a PIN that is not a run or a repetition of one digit.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Staff PINs now have at least 6 digits. Ask IT to set a new one with %1.</source>
        <translation>Staff PINs now have at least 6 digits. Ask IT to set a new one with %1.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in %1 s.</source>
        <translation>Wrong PIN. Try again in %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>No staff PIN set — ask IT to run %1.</source>
        <translation>No staff PIN set — ask IT to run %1.</translation>
    </message>
    <message>
        <source>The staff PIN file is damaged — IT can reset it with %1.</source>
        <translation>The staff PIN file is damaged — IT can reset it with %1.</translation>
    </message>
    <message>
        <source>Enter the staff PIN to %1.</source>
        <translation>Enter the staff PIN to %1.</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Confirm the PIN</source>
        <translation>Confirm the PIN</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Qualified signature, EU (eIDAS, LOA 4)</source>
        <translation>Qualified signature, EU (eIDAS, LOA 4)</translation>
    </message>
    <message>
        <source>Qualified signature, CH (ZertES)</source>
        <translation>Qualified signature, CH (ZertES)</translation>
    </message>
    <message>
        <source>Advanced signature, EU (eIDAS, LOA 3)</source>
        <translation>Advanced signature, EU (eIDAS, LOA 3)</translation>
    </message>
    <message>
        <source>In the browser, no app</source>
        <translation>In the browser, no app</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 is needed: your identification and your signatures later are linked to this number.</source>
        <translation>%1 is needed: your identification and your signatures later are linked to this number.</translation>
    </message>
    <message>
        <source>%1 must be a phone number: digits, spaces and a leading + only.</source>
        <translation>%1 must be a phone number: digits, spaces and a leading + only.</translation>
    </message>
    <message>
        <source>%1 must be an international number: + and the country code, e.g. +41 79 123 45 67.</source>
        <translation>%1 must be an international number: + and the country code, e.g. +41 79 123 45 67.</translation>
    </message>
    <message>
        <source>%1 has a country code that does not exist; check the digits after + or 00.</source>
        <translation>%1 has a country code that does not exist; check the digits after + or 00.</translation>
    </message>
    <message>
        <source>%1 has too few digits for a number with the country code +%2.</source>
        <translation>%1 has too few digits for a number with the country code +%2.</translation>
    </message>
    <message>
        <source>%1 has too few digits for a phone number.</source>
        <translation>%1 has too few digits for a phone number.</translation>
    </message>
    <message>
        <source>%1 has too many digits for a number with the country code +%2.</source>
        <translation>%1 has too many digits for a number with the country code +%2.</translation>
    </message>
    <message>
        <source>%1 is not a valid number with the country code +%2; check the digits.</source>
        <translation>%1 is not a valid number with the country code +%2; check the digits.</translation>
    </message>
    <message>
        <source>%1 is not a mobile number (a landline or service number): the SMS needs a mobile.</source>
        <translation>%1 is not a mobile number (a landline or service number): the SMS needs a mobile.</translation>
    </message>
    <message>
        <source>%1 must be a two-letter country code, e.g. CH.</source>
        <translation>%1 must be a two-letter country code, e.g. CH.</translation>
    </message>
    <message>
        <source>%1 must be a two-letter language code in lower case, e.g. de.</source>
        <translation>%1 must be a two-letter language code in lower case, e.g. de.</translation>
    </message>
    <message>
        <source>%1 must be a level of assurance from 1 to 4.</source>
        <translation>%1 must be a level of assurance from 1 to 4.</translation>
    </message>
    <message>
        <source>%1 must be EIDAS or ZERTES.</source>
        <translation>%1 must be EIDAS or ZERTES.</translation>
    </message>
    <message>
        <source>%1 may have at most 100 characters.</source>
        <translation>%1 may have at most 100 characters.</translation>
    </message>
    <message>
        <source>%1 may contain only letters, spaces, apostrophes (&apos;), hyphens (-) and dots (.).</source>
        <translation>%1 may contain only letters, spaces, apostrophes (&apos;), hyphens (-) and dots (.).</translation>
    </message>
    <message>
        <source>%1 must contain at least one letter.</source>
        <translation>%1 must contain at least one letter.</translation>
    </message>
    <message>
        <source>%1 must be a real date in the past (YYYY-MM-DD).</source>
        <translation>%1 must be a real date in the past (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 must be a date in the past.</source>
        <translation>%1 must be a date in the past.</translation>
    </message>
    <message>
        <source>%1 cannot be more than %2 years ago; check the year.</source>
        <translation>%1 cannot be more than %2 years ago; check the year.</translation>
    </message>
    <message>
        <source>%1 may have at most 254 characters.</source>
        <translation>%1 may have at most 254 characters.</translation>
    </message>
    <message>
        <source>%1 must be an e-mail address like name@example.ch.</source>
        <translation>%1 must be an e-mail address like name@example.ch.</translation>
    </message>
    <message>
        <source>%1 is not a known country code.</source>
        <translation>%1 is not a known country code.</translation>
    </message>
    <message>
        <source>%1 is not a known language code.</source>
        <translation>%1 is not a known language code.</translation>
    </message>
    <message>
        <source>%1 may not contain control characters such as line breaks or tabs.</source>
        <translation>%1 may not contain control characters such as line breaks or tabs.</translation>
    </message>
    <message>
        <source>%1 must be a real date (YYYY-MM-DD).</source>
        <translation>%1 must be a real date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 has passed: the ID document must still be valid.</source>
        <translation>%1 has passed: the ID document must still be valid.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 must be text.</translation>
    </message>
    <message>
        <source>%1 is required for %2.</source>
        <translation>%1 is required for %2.</translation>
    </message>
    <message>
        <source>%1 is required for this method.</source>
        <translation>%1 is required for this method.</translation>
    </message>
    <message>
        <source>%1 is not accepted by %2.</source>
        <translation>%1 is not accepted by %2.</translation>
    </message>
    <message>
        <source>%1 is not accepted by this method.</source>
        <translation>%1 is not accepted by this method.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <source>%1 needs the day, the month and the year.</source>
        <translation>%1 needs the day, the month and the year.</translation>
    </message>
</context>
<context>
    <name>ReadinessCheck</name>
    <message>
        <source>Not checked: this needs the graphical application (Qt), which could not be started here.</source>
        <translation>Not checked: this needs the graphical application (Qt), which could not be started here.</translation>
    </message>
    <message>
        <source>No camera found. Connect the terminal&apos;s camera (USB) and run the check again; video identification needs one.</source>
        <translation>No camera found. Connect the terminal&apos;s camera (USB) and run the check again; video identification needs one.</translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; offers at most %2 pixels; video identification needs at least %3. Connect a better camera.</source>
        <translation>The camera &quot;%1&quot; offers at most %2 pixels; video identification needs at least %3. Connect a better camera.</translation>
    </message>
    <message>
        <source>This application may not use the camera. Allow it in the system settings (macOS: System Settings › Privacy &amp; Security › Camera; Windows: Settings › Privacy › Camera).</source>
        <translation>This application may not use the camera. Allow it in the system settings (macOS: System Settings › Privacy &amp; Security › Camera; Windows: Settings › Privacy › Camera).</translation>
    </message>
    <message>
        <source>No microphone found. Connect a microphone or a headset and run the check again; video identification needs one.</source>
        <translation>No microphone found. Connect a microphone or a headset and run the check again; video identification needs one.</translation>
    </message>
    <message>
        <source>This application may not use the microphone. Allow it in the system settings (macOS: System Settings › Privacy &amp; Security › Microphone; Windows: Settings › Privacy › Microphone).</source>
        <translation>This application may not use the microphone. Allow it in the system settings (macOS: System Settings › Privacy &amp; Security › Microphone; Windows: Settings › Privacy › Microphone).</translation>
    </message>
    <message>
        <source>Web traffic goes through the proxy %1. Video calls need direct connections as well (TCP 443, and UDP 3478 or higher): ask IT to allow them next to the proxy.</source>
        <translation>Web traffic goes through the proxy %1. Video calls need direct connections as well (TCP 443, and UDP 3478 or higher): ask IT to allow them next to the proxy.</translation>
    </message>
    <message>
        <source>No STUN server is configured ([checks] stun_server), so UDP was not checked.</source>
        <translation>No STUN server is configured ([checks] stun_server), so UDP was not checked.</translation>
    </message>
    <message>
        <source>No answer over UDP from the STUN server %1 (%2). Video calls still work over TCP 443, but with lower quality: ask IT to allow outgoing UDP to port %3 (better: ports 1025–65535).</source>
        <translation>No answer over UDP from the STUN server %1 (%2). Video calls still work over TCP 443, but with lower quality: ask IT to allow outgoing UDP to port %3 (better: ports 1025–65535).</translation>
    </message>
    <message>
        <source>The STUN server name %1 could not be looked up (%2). Check the network connection and the [checks] stun_server setting.</source>
        <translation>The STUN server name %1 could not be looked up (%2). Check the network connection and the [checks] stun_server setting.</translation>
    </message>
    <message>
        <source>These names could not be looked up (DNS): %1. Check the network connection and the DNS server, or ask IT whether the names are blocked.</source>
        <translation>These names could not be looked up (DNS): %1. Check the network connection and the DNS server, or ask IT whether the names are blocked.</translation>
    </message>
    <message>
        <source>These connections were refused: %1. A firewall rejects them, or nothing answers on that port: ask IT to allow outgoing connections to them.</source>
        <translation>These connections were refused: %1. A firewall rejects them, or nothing answers on that port: ask IT to allow outgoing connections to them.</translation>
    </message>
    <message>
        <source>These hosts did not answer in time: %1. A firewall probably drops the traffic: ask IT to allow outgoing connections to them.</source>
        <translation>These hosts did not answer in time: %1. A firewall probably drops the traffic: ask IT to allow outgoing connections to them.</translation>
    </message>
    <message>
        <source>There is no route to these hosts: %1. Check that the terminal is connected to the network (cable or Wi-Fi).</source>
        <translation>There is no route to these hosts: %1. Check that the terminal is connected to the network (cable or Wi-Fi).</translation>
    </message>
    <message>
        <source>These connections failed: %1. Send this report to IT.</source>
        <translation>These connections failed: %1. Send this report to IT.</translation>
    </message>
    <message>
        <source>No hosts are configured to check.</source>
        <translation>No hosts are configured to check.</translation>
    </message>
    <message>
        <source>The connection to %1 uses %2, but at least TLS %3 is required. A proxy or firewall that inspects encrypted traffic may be in between: ask IT to let this connection through unchanged, or to update it.</source>
        <translation>The connection to %1 uses %2, but at least TLS %3 is required. A proxy or firewall that inspects encrypted traffic may be in between: ask IT to let this connection through unchanged, or to update it.</translation>
    </message>
    <message>
        <source>No secure connection to %1 could be agreed (%2). A proxy or firewall that inspects encrypted traffic may be in between: ask IT to let this connection through unchanged.</source>
        <translation>No secure connection to %1 could be agreed (%2). A proxy or firewall that inspects encrypted traffic may be in between: ask IT to let this connection through unchanged.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Check the terminal&apos;s date and time; if they are right, a proxy that inspects encrypted traffic is probably in between: ask IT.</source>
        <translation>The certificate of %1 is not trusted (%2). Check the terminal&apos;s date and time; if they are right, a proxy that inspects encrypted traffic is probably in between: ask IT.</translation>
    </message>
    <message>
        <source>The SRS host %1 could not be reached (%2). Check the network connection; ask IT to allow outgoing connections to it on port %3.</source>
        <translation>The SRS host %1 could not be reached (%2). Check the network connection; ask IT to allow outgoing connections to it on port %3.</translation>
    </message>
    <message>
        <source>Training mode: the built-in simulator speaks plain HTTP on this computer, so there is no TLS connection to check. With SRS settings, the SRS host is checked.</source>
        <translation>Training mode: the built-in simulator speaks plain HTTP on this computer, so there is no TLS connection to check. With SRS settings, the SRS host is checked.</translation>
    </message>
    <message>
        <source>The built-in web browser could not run the check (%1). Web-based identification methods will not work: reinstall the application or send this report to support.</source>
        <translation>The built-in web browser could not run the check (%1). Web-based identification methods will not work: reinstall the application or send this report to support.</translation>
    </message>
    <message>
        <source>The built-in web browser could not use the camera and microphone (%1). Close other programs that use the camera, check the connections, and run the check again.</source>
        <translation>The built-in web browser could not use the camera and microphone (%1). Close other programs that use the camera, check the connections, and run the check again.</translation>
    </message>
    <message>
        <source>The built-in web browser gets only %1 pixels from the camera; video identification needs at least %2. Connect a better camera.</source>
        <translation>The built-in web browser gets only %1 pixels from the camera; video identification needs at least %2. Connect a better camera.</translation>
    </message>
    <message>
        <source>The browser&apos;s connection test found no public address through the STUN server %1: UDP seems blocked. Video calls fall back to TCP with lower quality: ask IT to allow outgoing UDP (port 3478, better 1025–65535).</source>
        <translation>The browser&apos;s connection test found no public address through the STUN server %1: UDP seems blocked. Video calls fall back to TCP with lower quality: ask IT to allow outgoing UDP (port 3478, better 1025–65535).</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>SKIPPED</translation>
    </message>
    <message>
        <source>SRS Branch Kiosk: terminal readiness report</source>
        <translation>SRS Branch Kiosk: terminal readiness report</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>training (built-in simulator)</source>
        <translation>training (built-in simulator)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Identification methods</source>
        <translation>Identification methods</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NOT READY</translation>
    </message>
    <message>
        <source>blocked by</source>
        <translation>blocked by</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>warnings</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>No identification method is enabled.</source>
        <translation>No identification method is enabled.</translation>
    </message>
    <message>
        <source>%1 of %2 hosts reachable</source>
        <translation>%1 of %2 hosts reachable</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 devices</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The check did not finish within %1 s. The network or the device did not answer: check the cable or Wi-Fi and that nothing blocks this application, then run it again.</source>
        <translation>The check did not finish within %1 s. The network or the device did not answer: check the cable or Wi-Fi and that nothing blocks this application, then run it again.</translation>
    </message>
    <message>
        <source>The check itself failed (%1). Run it again; if it keeps failing, send the report to support.</source>
        <translation>The check itself failed (%1). Run it again; if it keeps failing, send the report to support.</translation>
    </message>
    <message>
        <source>The download speed is %1 MB/s (measured with %3); video identification needs at least %2 MB/s. Check whether other devices or downloads load the connection, or ask IT for a faster line.</source>
        <translation>The download speed is %1 MB/s (measured with %3); video identification needs at least %2 MB/s. Check whether other devices or downloads load the connection, or ask IT for a faster line.</translation>
    </message>
    <message>
        <source>The upload speed is %1 MB/s (measured with %3); video identification needs at least %2 MB/s. Check whether other devices or uploads load the connection, or ask IT for a faster line.</source>
        <translation>The upload speed is %1 MB/s (measured with %3); video identification needs at least %2 MB/s. Check whether other devices or uploads load the connection, or ask IT for a faster line.</translation>
    </message>
    <message>
        <source>The speed test is switched off ([checks] bandwidth_url = &quot;&quot;), so the speed was not measured.</source>
        <translation>The speed test is switched off ([checks] bandwidth_url = &quot;&quot;), so the speed was not measured.</translation>
    </message>
    <message>
        <source>The speed test endpoint %1 could not be used (%2). Check the network connection; ask IT to allow outgoing %3 to %4, or set [checks] bandwidth_url to a working speed test.</source>
        <translation>The speed test endpoint %1 could not be used (%2). Check the network connection; ask IT to allow outgoing %3 to %4, or set [checks] bandwidth_url to a working speed test.</translation>
    </message>
    <message>
        <source>The speed test endpoint %1 refused the test: it answered %2. No speed was measured. If a proxy or filter answered instead, ask IT to allow outgoing %3 to %4; otherwise set [checks] bandwidth_url to a working speed test.</source>
        <translation>The speed test endpoint %1 refused the test: it answered %2. No speed was measured. If a proxy or filter answered instead, ask IT to allow outgoing %3 to %4; otherwise set [checks] bandwidth_url to a working speed test.</translation>
    </message>
    <message>
        <source>No peer for non-TLS traffic over port 443 is configured ([checks] non_tls_peer: a STUN or TURN server listening on plain TCP 443), so this was not checked.</source>
        <translation>No peer for non-TLS traffic over port 443 is configured ([checks] non_tls_peer: a STUN or TURN server listening on plain TCP 443), so this was not checked.</translation>
    </message>
    <message>
        <source>The connection to %1 on TCP port %2 opened, but %3 when it carried non-TLS traffic (a STUN request). A firewall or proxy on the way probably lets only TLS (HTTPS) through port %2; video calls need other traffic over it too. Ask IT to allow all outgoing TCP traffic to port %2 (not only TLS/HTTPS), at least to %1 and the video provider&apos;s hosts.</source>
        <translation>The connection to %1 on TCP port %2 opened, but %3 when it carried non-TLS traffic (a STUN request). A firewall or proxy on the way probably lets only TLS (HTTPS) through port %2; video calls need other traffic over it too. Ask IT to allow all outgoing TCP traffic to port %2 (not only TLS/HTTPS), at least to %1 and the video provider&apos;s hosts.</translation>
    </message>
    <message>
        <source>The non-TLS test peer %1 could not be reached (%2). Check the network connection and the [checks] non_tls_peer setting; ask IT to allow outgoing TCP port %3 to %4.</source>
        <translation>The non-TLS test peer %1 could not be reached (%2). Check the network connection and the [checks] non_tls_peer setting; ask IT to allow outgoing TCP port %3 to %4.</translation>
    </message>
    <message>
        <source>No secure connection could be opened to these video hosts: %1. Ask IT to allow outgoing TCP (HTTPS/TLS) to each of them on the port shown (443 for the provider&apos;s hosts).</source>
        <translation>No secure connection could be opened to these video hosts: %1. Ask IT to allow outgoing TCP (HTTPS/TLS) to each of them on the port shown (443 for the provider&apos;s hosts).</translation>
    </message>
    <message>
        <source>TLS %1 or newer could not be agreed with these video hosts: %2. A proxy or firewall that inspects encrypted traffic is probably in between: ask IT to let TCP to each of them on the port shown through unchanged (TLS %1 or newer, not inspected).</source>
        <translation>TLS %1 or newer could not be agreed with these video hosts: %2. A proxy or firewall that inspects encrypted traffic is probably in between: ask IT to let TCP to each of them on the port shown through unchanged (TLS %1 or newer, not inspected).</translation>
    </message>
    <message>
        <source>No video host to check: no enabled method uses one, or training mode (the built-in simulator plays the video provider).</source>
        <translation>No video host to check: no enabled method uses one, or training mode (the built-in simulator plays the video provider).</translation>
    </message>
    <message>
        <source>No STUN server on a high UDP port is configured ([checks] udp_high_peer), so UDP ports 1025–65535 were not checked.</source>
        <translation>No STUN server on a high UDP port is configured ([checks] udp_high_peer), so UDP ports 1025–65535 were not checked.</translation>
    </message>
    <message>
        <source>No answer over UDP port %1 from the STUN server %2 (%3). Video calls work without it, with lower quality: for the best experience, ask IT to allow outgoing UDP to ports 1025–65535 (the guide&apos;s recommendation), at least to %2 on UDP port %1.</source>
        <translation>No answer over UDP port %1 from the STUN server %2 (%3). Video calls work without it, with lower quality: for the best experience, ask IT to allow outgoing UDP to ports 1025–65535 (the guide&apos;s recommendation), at least to %2 on UDP port %1.</translation>
    </message>
    <message>
        <source>The STUN server name %1 could not be looked up (%2). Check the network connection and the [checks] udp_high_peer setting.</source>
        <translation>The STUN server name %1 could not be looked up (%2). Check the network connection and the [checks] udp_high_peer setting.</translation>
    </message>
    <message>
        <source>No WebSocket connection to %1 (%2). Video calls need it for signalling: ask IT to allow outgoing TCP port %3 to %4 including WebSocket upgrades (%5), also through any proxy.</source>
        <translation>No WebSocket connection to %1 (%2). Video calls need it for signalling: ask IT to allow outgoing TCP port %3 to %4 including WebSocket upgrades (%5), also through any proxy.</translation>
    </message>
    <message>
        <source>No plain WebSocket connection to %1 (%2). Video calls still work over WSS on port 443; for the fallback, ask IT to allow outgoing TCP port %3 to %4 including WebSocket upgrades (%5).</source>
        <translation>No plain WebSocket connection to %1 (%2). Video calls still work over WSS on port 443; for the fallback, ask IT to allow outgoing TCP port %3 to %4 including WebSocket upgrades (%5).</translation>
    </message>
    <message>
        <source>No WebSocket address to check: no enabled method uses one, or training mode.</source>
        <translation>No WebSocket address to check: no enabled method uses one, or training mode.</translation>
    </message>
</context>
<context>
    <name>ReadinessReasons</name>
    <message numerus="yes">
        <source>This terminal cannot run it now: %1 failed the readiness check (see Staff → Diagnosis).</source>
        <translation>
            <numerusform>This terminal cannot run it now: %1 failed the readiness check (see Staff → Diagnosis).</numerusform>
            <numerusform>This terminal cannot run it now: %1 failed the readiness check (see Staff → Diagnosis).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>The provider could not accept this identification for security reasons.</source>
        <translation>The provider could not accept this identification for security reasons.</translation>
    </message>
    <message>
        <source>The picture or sound was not good enough to identify you.</source>
        <translation>The picture or sound was not good enough to identify you.</translation>
    </message>
    <message>
        <source>The details given did not match your ID document.</source>
        <translation>The details given did not match your ID document.</translation>
    </message>
    <message>
        <source>The time for the identification ran out.</source>
        <translation>The time for the identification ran out.</translation>
    </message>
    <message>
        <source>Your ID document could not be checked.</source>
        <translation>Your ID document could not be checked.</translation>
    </message>
    <message>
        <source>The identification was stopped before it was finished.</source>
        <translation>The identification was stopped before it was finished.</translation>
    </message>
    <message>
        <source>The login at your bank or in the app did not work.</source>
        <translation>The login at your bank or in the app did not work.</translation>
    </message>
    <message>
        <source>This identification method cannot be used with your bank or device.</source>
        <translation>This identification method cannot be used with your bank or device.</translation>
    </message>
    <message>
        <source>The provider could not confirm your identity.</source>
        <translation>The provider could not confirm your identity.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>An unexpected error occurred; the kiosk recovered. Details in the log: %1</source>
        <translation>An unexpected error occurred; the kiosk recovered. Details in the log: %1</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Finish and wipe the session</source>
        <translation>Finish and wipe the session</translation>
    </message>
    <message>
        <source>Start a new identification</source>
        <translation>Start a new identification</translation>
    </message>
    <message>
        <source>Start a new identification with the same details</source>
        <translation>Start a new identification with the same details</translation>
    </message>
    <message>
        <source>Open the SMS sent to %1 and accept the terms.</source>
        <translation>Open the SMS sent to %1 and accept the terms.</translation>
    </message>
    <message>
        <source>Open the SMS sent to your mobile phone and accept the terms.</source>
        <translation>Open the SMS sent to your mobile phone and accept the terms.</translation>
    </message>
    <message>
        <source>Correct the details and start again</source>
        <translation>Correct the details and start again</translation>
    </message>
    <message>
        <source>Back to the details to correct them, then start again</source>
        <translation>Back to the details to correct them, then start again</translation>
    </message>
    <message>
        <source>Choose another method</source>
        <translation>Choose another method</translation>
    </message>
    <message>
        <source>✓ Identification confirmed</source>
        <translation>✓ Identification confirmed</translation>
    </message>
    <message>
        <source>Mobile number: %1</source>
        <translation>Mobile number: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valid until: %1</translation>
    </message>
    <message>
        <source>The customer can now sign with this mobile number (Mobile ID, or password and SMS code).</source>
        <translation>The customer can now sign with this mobile number (Mobile ID, or password and SMS code).</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>The service did not answer in time.</source>
        <translation>The service did not answer in time.</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Could not cancel: %1</translation>
    </message>
</context>
<context>
    <name>SessionWebView</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <source>Downloads are not possible at this terminal.</source>
        <translation>Downloads are not possible at this terminal.</translation>
    </message>
    <message>
        <source>Files cannot be chosen or opened at this terminal.</source>
        <translation>Files cannot be chosen or opened at this terminal.</translation>
    </message>
</context>
<context>
    <name>SettingsProblem</name>
    <message>
        <source>Fill in all four SRS fields, or none for training mode.</source>
        <translation>Fill in all four SRS fields, or none for training mode.</translation>
    </message>
    <message>
        <source>Enable at least one method.</source>
        <translation>Enable at least one method.</translation>
    </message>
    <message>
        <source>Enter the current PIN to change it.</source>
        <translation>Enter the current PIN to change it.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <source>Enter the client secret given with the client ID.</source>
        <translation>Enter the client secret given with the client ID.</translation>
    </message>
    <message>
        <source>The token address changed: enter the client secret again.</source>
        <translation>The token address changed: enter the client secret again.</translation>
    </message>
    <message>
        <source>The host of the SRS API address changed: enter the client secret again.</source>
        <translation>The host of the SRS API address changed: enter the client secret again.</translation>
    </message>
    <message>
        <source>The host of the RA service address changed: enter the client secret again.</source>
        <translation>The host of the RA service address changed: enter the client secret again.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only for a service on this computer (127.0.0.1, ::1, localhost), for training and tests.</source>
        <translation>Use https://. Plain http:// is only for a service on this computer (127.0.0.1, ::1, localhost), for training and tests.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https:// (or http:// for a service on this computer).</source>
        <translation>Enter a full web address starting with https:// (or http:// for a service on this computer).</translation>
    </message>
    <message>
        <source>Use at most 100 characters, on one line.</source>
        <translation>Use at most 100 characters, on one line.</translation>
    </message>
    <message>
        <source>Too light for the white text on it: choose a darker colour (a contrast of at least 4.5:1).</source>
        <translation>Too light for the white text on it: choose a darker colour (a contrast of at least 4.5:1).</translation>
    </message>
    <message>
        <source>Write the colour as #rrggbb, e.g. #0b5cad.</source>
        <translation>Write the colour as #rrggbb, e.g. #0b5cad.</translation>
    </message>
    <message>
        <source>This file is not a picture, only its name ends in .svg or .png: export the logo again as SVG or PNG.</source>
        <translation>This file is not a picture, only its name ends in .svg or .png: export the logo again as SVG or PNG.</translation>
    </message>
    <message>
        <source>Give the full path of an existing SVG or PNG file.</source>
        <translation>Give the full path of an existing SVG or PNG file.</translation>
    </message>
    <message>
        <source>Use at most 80 characters, on one line.</source>
        <translation>Use at most 80 characters, on one line.</translation>
    </message>
    <message>
        <source>Use at most 300 characters, on one line.</source>
        <translation>Use at most 300 characters, on one line.</translation>
    </message>
    <message>
        <source>Choose between 15 and 3600 seconds.</source>
        <translation>Choose between 15 and 3600 seconds.</translation>
    </message>
    <message>
        <source>The kiosk cannot read this picture.</source>
        <translation>The kiosk cannot read this picture.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Nothing was saved: correct the marked fields.</source>
        <translation>Nothing was saved: correct the marked fields.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Could not save the settings: %1</translation>
    </message>
    <message>
        <source>Saved to %1. The new settings apply now.</source>
        <translation>Saved to %1. The new settings apply now.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Smart Registration Service</source>
        <translation>Smart Registration Service</translation>
    </message>
    <message>
        <source>Methods and presets</source>
        <translation>Methods and presets</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Change the staff PIN</source>
        <translation>Change the staff PIN</translation>
    </message>
    <message>
        <source>Support and billing</source>
        <translation>Support and billing</translation>
    </message>
    <message>
        <source>Bank branding</source>
        <translation>Bank branding</translation>
    </message>
    <message>
        <source>SRS API address</source>
        <translation>SRS API address</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>Token address</translation>
    </message>
    <message>
        <source>RA service address</source>
        <translation>RA service address</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Idle timeout (seconds)</source>
        <translation>Idle timeout (seconds)</translation>
    </message>
    <message>
        <source>Default customer language</source>
        <translation>Default customer language</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Staff language</source>
        <translation>Staff language</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>PRO-Nr</source>
        <translation>PRO-Nr</translation>
    </message>
    <message>
        <source>Branch support contact</source>
        <translation>Branch support contact</translation>
    </message>
    <message>
        <source>Default External ID</source>
        <translation>Default External ID</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Bank name</translation>
    </message>
    <message>
        <source>Logo file (SVG or PNG)</source>
        <translation>Logo file (SVG or PNG)</translation>
    </message>
    <message>
        <source>Button colour</source>
        <translation>Button colour</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Highlight colour</translation>
    </message>
    <message>
        <source>The language of the staff screens; customers choose their own on the start screen.</source>
        <translation>The language of the staff screens; customers choose their own on the start screen.</translation>
    </message>
    <message>
        <source>Same as the default language</source>
        <translation>Same as the default language</translation>
    </message>
    <message>
        <source>stored in the OS keyring; leave empty to keep it</source>
        <translation>stored in the OS keyring; leave empty to keep it</translation>
    </message>
    <message>
        <source>none stored yet: enter the one given with the client ID</source>
        <translation>none stored yet: enter the one given with the client ID</translation>
    </message>
    <message>
        <source>Staff PIN changed. Saved to %1. The new settings apply now.</source>
        <translation>Staff PIN changed. Saved to %1. The new settings apply now.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Staff screens close after (seconds)</source>
        <translation>Staff screens close after (seconds)</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <source>Without a touch for this long, a staff screen closes; unsaved changes are lost.</source>
        <translation>Without a touch for this long, a staff screen closes; unsaved changes are lost.</translation>
    </message>
    <message>
        <source>your number for the Swisscom Service Desk</source>
        <translation>your number for the Swisscom Service Desk</translation>
    </message>
    <message>
        <source>name, phone, e-mail</source>
        <translation>name, phone, e-mail</translation>
    </message>
    <message>
        <source>for billing; staff can change it per order</source>
        <translation>for billing; staff can change it per order</translation>
    </message>
    <message>
        <source>#rrggbb, dark enough for white text; empty: the kiosk&apos;s own</source>
        <translation>#rrggbb, dark enough for white text; empty: the kiosk&apos;s own</translation>
    </message>
    <message>
        <source>Leave all SRS fields empty for training mode (the built-in simulator).</source>
        <translation>Leave all SRS fields empty for training mode (the built-in simulator).</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Enable %1</translation>
    </message>
    <message>
        <source>Presets offered on the method choice:</source>
        <translation>Presets offered on the method choice:</translation>
    </message>
    <message>
        <source>Offer preset %1</source>
        <translation>Offer preset %1</translation>
    </message>
    <message>
        <source>Use the notice for the additional AML contract</source>
        <translation>Use the notice for the additional AML contract</translation>
    </message>
    <message>
        <source>Larger text on every screen</source>
        <translation>Larger text on every screen</translation>
    </message>
    <message>
        <source>On-screen keyboard for every field</source>
        <translation>On-screen keyboard for every field</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Close the settings</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Discard your changes?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Save the settings</translation>
    </message>
</context>
<context>
    <name>SrsError</name>
    <message>
        <source>The SRS refused the kiosk&apos;s access. Ask IT to check the client ID and secret in the settings.</source>
        <translation>The SRS refused the kiosk&apos;s access. Ask IT to check the client ID and secret in the settings.</translation>
    </message>
    <message>
        <source>The SRS has no confirmed evidence for this mobile number yet. Try again later.</source>
        <translation>The SRS has no confirmed evidence for this mobile number yet. Try again later.</translation>
    </message>
    <message>
        <source>The SRS does not know this order or method. Check the reference ID, or start a new identification.</source>
        <translation>The SRS does not know this order or method. Check the reference ID, or start a new identification.</translation>
    </message>
    <message>
        <source>Some details were refused. Correct them and try again.</source>
        <translation>Some details were refused. Correct them and try again.</translation>
    </message>
    <message>
        <source>The order&apos;s current state does not allow this. Refresh to see its status.</source>
        <translation>The order&apos;s current state does not allow this. Refresh to see its status.</translation>
    </message>
    <message>
        <source>The SRS cannot be reached right now. Check the network connection and try again in a moment.</source>
        <translation>The SRS cannot be reached right now. Check the network connection and try again in a moment.</translation>
    </message>
    <message>
        <source>The SRS sent an answer the kiosk does not understand. Try again; if it happens again, call support.</source>
        <translation>The SRS sent an answer the kiosk does not understand. Try again; if it happens again, call support.</translation>
    </message>
    <message>
        <source>This order is no longer in the kiosk&apos;s journal. Refresh the list.</source>
        <translation>This order is no longer in the kiosk&apos;s journal. Refresh the list.</translation>
    </message>
    <message>
        <source>A file on this terminal could not be read or written.</source>
        <translation>A file on this terminal could not be read or written.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, call support.</source>
        <translation>Something went wrong. Try again; if it happens again, call support.</translation>
    </message>
    <message>
        <source>The SRS answered with a server error. Try again in a moment.</source>
        <translation>The SRS answered with a server error. Try again in a moment.</translation>
    </message>
    <message>
        <source>The SRS is busy. Try again in a moment.</source>
        <translation>The SRS is busy. Try again in a moment.</translation>
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
        <translation>For staff: the start failed. %1</translation>
    </message>
    <message>
        <source>For staff: the cancel failed. %1</source>
        <translation>For staff: the cancel failed. %1</translation>
    </message>
    <message>
        <source>For staff: this terminal cannot run this method now; nothing was sent. %1</source>
        <translation>For staff: this terminal cannot run this method now; nothing was sent. %1</translation>
    </message>
    <message>
        <source>For staff: order %1 ended %2; the provider&apos;s reason: %3</source>
        <translation>For staff: order %1 ended %2; the provider&apos;s reason: %3</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Order dashboard</source>
        <translation>Order dashboard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Terminal readiness (diagnosis)</source>
        <translation>Terminal readiness (diagnosis)</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Return to kiosk mode</source>
        <translation>Return to kiosk mode</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Quit the kiosk</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Close the staff menu</source>
        <translation>Close the staff menu</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>StaffStrip</name>
    <message>
        <source>For staff</source>
        <translation>For staff</translation>
    </message>
    <message>
        <source>SRS status: %1</source>
        <translation>SRS status: %1</translation>
    </message>
    <message>
        <source>Ref-ID: %1</source>
        <translation>Ref-ID: %1</translation>
    </message>
    <message>
        <source>Order ID: %1</source>
        <translation>Order ID: %1</translation>
    </message>
    <message>
        <source>Mobile token: %1</source>
        <translation>Mobile token: %1</translation>
    </message>
    <message>
        <source>Session token: %1</source>
        <translation>Session token: %1</translation>
    </message>
    <message>
        <source>Evidence ID: %1</source>
        <translation>Evidence ID: %1</translation>
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
        <translation>SRS Branch Kiosk</translation>
    </message>
    <message>
        <source>The kiosk cannot start</source>
        <translation>The kiosk cannot start</translation>
    </message>
    <message>
        <source>The order journal cannot be used: %1</source>
        <translation>The order journal cannot be used: %1</translation>
    </message>
    <message>
        <source>No identification can be started until IT repairs or replaces the journal file; then start the kiosk again. Details in the log: %1</source>
        <translation>No identification can be started until IT repairs or replaces the journal file; then start the kiosk again. Details in the log: %1</translation>
    </message>
    <message>
        <source>The settings cannot be used: %1</source>
        <translation>The settings cannot be used: %1</translation>
    </message>
    <message>
        <source>No identification can be started until IT corrects the settings; then start the kiosk again. Details in the log: %1</source>
        <translation>No identification can be started until IT corrects the settings; then start the kiosk again. Details in the log: %1</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Identification in progress</source>
        <translation>Identification in progress</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Cancel identification</translation>
    </message>
    <message>
        <source>Open the SMS sent to your mobile phone and accept the terms.</source>
        <translation>Open the SMS sent to your mobile phone and accept the terms.</translation>
    </message>
    <message>
        <source>Open the SMS sent to %1 and accept the terms.</source>
        <translation>Open the SMS sent to %1 and accept the terms.</translation>
    </message>
    <message>
        <source>Finish the identification on your phone.</source>
        <translation>Finish the identification on your phone.</translation>
    </message>
    <message>
        <source>Finish the identification on your phone or on this screen.</source>
        <translation>Finish the identification on your phone or on this screen.</translation>
    </message>
    <message>
        <source>Nothing to do for you now: the provider checks your identification. You may leave; the kiosk keeps following it.</source>
        <translation>Nothing to do for you now: the provider checks your identification. You may leave; the kiosk keeps following it.</translation>
    </message>
    <message>
        <source>The SMS may take a minute or two. No SMS? Ask the staff.</source>
        <translation>The SMS may take a minute or two. No SMS? Ask the staff.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the identification</source>
        <translation>Back to the identification</translation>
    </message>
    <message>
        <source>End here: the identification goes on</source>
        <translation>End here: the identification goes on</translation>
    </message>
    <message>
        <source>End here and clear this screen: the identification goes on and is not cancelled</source>
        <translation>End here and clear this screen: the identification goes on and is not cancelled</translation>
    </message>
    <message>
        <source>Ending here clears your details from this screen. Your identification is not cancelled: it goes on, and the kiosk keeps following it.</source>
        <translation>Ending here clears your details from this screen. Your identification is not cancelled: it goes on, and the kiosk keeps following it.</translation>
    </message>
    <message>
        <source>One last step</source>
        <translation>One last step</translation>
    </message>
    <message>
        <source>Tip: activate Mobile ID (the Mobile ID app or your SIM card) before you sign: then signing takes one tap. Without it you sign with a password and a code by SMS.</source>
        <translation>Tip: activate Mobile ID (the Mobile ID app or your SIM card) before you sign: then signing takes one tap. Without it you sign with a password and a code by SMS.</translation>
    </message>
    <message>
        <source>Checking the evidence with the registration service…</source>
        <translation>Checking the evidence with the registration service…</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>choosing the method</source>
        <translation>choosing the method</translation>
    </message>
    <message>
        <source>your details</source>
        <translation>your details</translation>
    </message>
    <message>
        <source>your consent</source>
        <translation>your consent</translation>
    </message>
    <message>
        <source>your identification</source>
        <translation>your identification</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, almost done</source>
        <translation>Step %1 of %2: %3, almost done</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, about %n minute(s) left</source>
        <translation>Step %1 of %2: %3, about %n minute(s) left</translation>
    </message>
</context>
<context>
    <name>SupportCard</name>
    <message>
        <source>Authentication to SRS and requests (target URL, Ref-ID, Order ID)</source>
        <translation>Authentication to SRS and requests (target URL, Ref-ID, Order ID)</translation>
    </message>
    <message>
        <source>Swisscom Service Desk with PRO-Nr (Ref-ID, Order ID, method used, problem description, time)</source>
        <translation>Swisscom Service Desk with PRO-Nr (Ref-ID, Order ID, method used, problem description, time)</translation>
    </message>
    <message>
        <source>Leading the customer to the identification (target URL, identity data)</source>
        <translation>Leading the customer to the identification (target URL, identity data)</translation>
    </message>
    <message>
        <source>Service Provider Support (this branch&apos;s IT)</source>
        <translation>Service Provider Support (this branch&apos;s IT)</translation>
    </message>
    <message>
        <source>The identification itself at the identification provider</source>
        <translation>The identification itself at the identification provider</translation>
    </message>
    <message>
        <source>Identification Service Provider via the Swisscom Service Desk with PRO-Nr (Ref-ID, Order ID, method used, problem description, time)</source>
        <translation>Identification Service Provider via the Swisscom Service Desk with PRO-Nr (Ref-ID, Order ID, method used, problem description, time)</translation>
    </message>
    <message>
        <source>Following the order until the identification is successful (status checking)</source>
        <translation>Following the order until the identification is successful (status checking)</translation>
    </message>
    <message>
        <source>Evidence at the RA service, SMS for the terms and conditions, declaration of will</source>
        <translation>Evidence at the RA service, SMS for the terms and conditions, declaration of will</translation>
    </message>
    <message>
        <source>Swisscom Service Desk with PRO-Nr (Ref-ID, identification method used, MSISDN, evidence ID, problem description, contact)</source>
        <translation>Swisscom Service Desk with PRO-Nr (Ref-ID, identification method used, MSISDN, evidence ID, problem description, contact)</translation>
    </message>
    <message>
        <source>SRS support card</source>
        <translation>SRS support card</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Process step</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Branch contact</source>
        <translation>Branch contact</translation>
    </message>
    <message>
        <source>Evidence ID</source>
        <translation>Evidence ID</translation>
    </message>
    <message>
        <source>Mobile token / session token</source>
        <translation>Mobile token / session token</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Connection problem</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <source>none (the SRS gave no number)</source>
        <translation>none (the SRS gave no number)</translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>Asking the SRS for the mobile number…</source>
        <translation>Asking the SRS for the mobile number…</translation>
    </message>
    <message>
        <source>The mobile number could not be fetched: %1</source>
        <translation>The mobile number could not be fetched: %1</translation>
    </message>
    <message>
        <source>(not set: Settings, Support and billing)</source>
        <translation>(not set: Settings, Support and billing)</translation>
    </message>
    <message>
        <source>(asking the SRS…)</source>
        <translation>(asking the SRS…)</translation>
    </message>
    <message>
        <source>The support card is on the clipboard.</source>
        <translation>The support card is on the clipboard.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>Support card</source>
        <translation>Support card</translation>
    </message>
    <message>
        <source>Back to the order dashboard</source>
        <translation>Back to the order dashboard</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Process step</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>PRO-Nr</source>
        <translation>PRO-Nr</translation>
    </message>
    <message>
        <source>Branch contact</source>
        <translation>Branch contact</translation>
    </message>
    <message>
        <source>Ref-ID</source>
        <translation>Ref-ID</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>MSISDN</source>
        <translation>MSISDN</translation>
    </message>
    <message>
        <source>Mobile token / session token</source>
        <translation>Mobile token / session token</translation>
    </message>
    <message>
        <source>Evidence ID</source>
        <translation>Evidence ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <source>What happened, what the customer saw, when…</source>
        <translation>What happened, what the customer saw, when…</translation>
    </message>
    <message>
        <source>Export as text</source>
        <translation>Export as text</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Export as JSON</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <source>The support card is on the clipboard until you leave this screen.</source>
        <translation>The support card is on the clipboard until you leave this screen.</translation>
    </message>
    <message>
        <source>Copy the support card</source>
        <translation>Copy the support card</translation>
    </message>
    <message>
        <source>The support card could not be saved. %1</source>
        <translation>The support card could not be saved. %1</translation>
    </message>
    <message>
        <source>Export the support card as text</source>
        <translation>Export the support card as text</translation>
    </message>
    <message>
        <source>Export the support card as JSON</source>
        <translation>Export the support card as JSON</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Initialized</source>
        <translation>Initialized</translation>
    </message>
    <message>
        <source>Identification done</source>
        <translation>Identification done</translation>
    </message>
    <message>
        <source>Data ready</source>
        <translation>Data ready</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Not identified</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Check that every name and the date of birth match the ID document exactly (all first names, accents), then start again with the corrected details.</source>
        <translation>Check that every name and the date of birth match the ID document exactly (all first names, accents), then start again with the corrected details.</translation>
    </message>
    <message>
        <source>The identification was cancelled</source>
        <translation>The identification was cancelled</translation>
    </message>
    <message>
        <source>Identified, but not confirmed yet</source>
        <translation>Identified, but not confirmed yet</translation>
    </message>
    <message>
        <source>The identification did not succeed</source>
        <translation>The identification did not succeed</translation>
    </message>
    <message>
        <source>Please speak with the staff.</source>
        <translation>Please speak with the staff.</translation>
    </message>
    <message>
        <source>The session ran out before the identification was finished. Start a new identification: it issues a new link.</source>
        <translation>The session ran out before the identification was finished. Start a new identification: it issues a new link.</translation>
    </message>
    <message>
        <source>The provider could not finish the identification. Check light, camera and microphone, then start a new identification. If it fails again, call support with the reference ID.</source>
        <translation>The provider could not finish the identification. Check light, camera and microphone, then start a new identification. If it fails again, call support with the reference ID.</translation>
    </message>
    <message>
        <source>Start a new identification and log in again, or choose another identification method.</source>
        <translation>Start a new identification and log in again, or choose another identification method.</translation>
    </message>
    <message>
        <source>Choose another identification method.</source>
        <translation>Choose another identification method.</translation>
    </message>
    <message>
        <source>Start a new identification with a valid ID document, or choose another identification method.</source>
        <translation>Start a new identification with a valid ID document, or choose another identification method.</translation>
    </message>
    <message>
        <source>Nothing more happens with this order. Start a new identification if the customer wishes.</source>
        <translation>Nothing more happens with this order. Start a new identification if the customer wishes.</translation>
    </message>
    <message>
        <source>The customer has to accept the terms and conditions in the SMS sent to their mobile. The kiosk stops checking now; staff can check again later with the reference ID.</source>
        <translation>The customer has to accept the terms and conditions in the SMS sent to their mobile. The kiosk stops checking now; staff can check again later with the reference ID.</translation>
    </message>
    <message>
        <source>Start a new identification, or choose another identification method. Where details were given, check that they match the ID document exactly.</source>
        <translation>Start a new identification, or choose another identification method. Where details were given, check that they match the ID document exactly.</translation>
    </message>
    <message>
        <source>Start a new identification, or choose another identification method. If it fails again, call support with the reference ID.</source>
        <translation>Start a new identification, or choose another identification method. If it fails again, call support with the reference ID.</translation>
    </message>
    <message>
        <source>Start a new identification, or call support with the reference ID.</source>
        <translation>Start a new identification, or call support with the reference ID.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Identify yourself</source>
        <translation>Identify yourself</translation>
    </message>
    <message>
        <source>The provider checks</source>
        <translation>The provider checks</translation>
    </message>
    <message>
        <source>Confirm the SMS</source>
        <translation>Confirm the SMS</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Ready to sign</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>a few minutes</translation>
    </message>
    <message>
        <source>about %n minute(s)</source>
        <translation>about %n minute(s)</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>not confirmed yet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>now — %1</source>
        <translation>now — %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>Unavailable</name>
    <message>
        <source>This kiosk does not know this method, and it has no web flow: it cannot be handed off at this terminal.</source>
        <translation>This kiosk does not know this method, and it has no web flow: it cannot be handed off at this terminal.</translation>
    </message>
    <message>
        <source>Switched off in this branch&apos;s settings.</source>
        <translation>Switched off in this branch&apos;s settings.</translation>
    </message>
</context>
<context>
    <name>VerdictList</name>
    <message>
        <source>Which methods this terminal can run appears here once the check has run.</source>
        <translation>Which methods this terminal can run appears here once the check has run.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>Blocked by: %1</source>
        <translation>Blocked by: %1</translation>
    </message>
    <message>
        <source>Recommended checks that did not pass: %1</source>
        <translation>Recommended checks that did not pass: %1</translation>
    </message>
</context>
<context>
    <name>WebNotice</name>
    <message>
        <source>Back to the identification</source>
        <translation>Back to the identification</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Start over: cancels this identification and starts a new one</source>
        <translation>Start over: cancels this identification and starts a new one</translation>
    </message>
    <message>
        <source>Load the page again</source>
        <translation>Load the page again</translation>
    </message>
    <message>
        <source>This page cannot be opened here</source>
        <translation>This page cannot be opened here</translation>
    </message>
    <message>
        <source>The page tried to open %1, which is not part of the identification. It was not opened.</source>
        <translation>The page tried to open %1, which is not part of the identification. It was not opened.</translation>
    </message>
    <message>
        <source>You can go on with the identification.</source>
        <translation>You can go on with the identification.</translation>
    </message>
    <message>
        <source>The connection is not secure</source>
        <translation>The connection is not secure</translation>
    </message>
    <message>
        <source>The provider&apos;s page could not prove its identity, so it was not opened. No data was sent.</source>
        <translation>The provider&apos;s page could not prove its identity, so it was not opened. No data was sent.</translation>
    </message>
    <message>
        <source>Please ask the branch staff: the terminal&apos;s date and time, or a proxy in the branch network, may be wrong.</source>
        <translation>Please ask the branch staff: the terminal&apos;s date and time, or a proxy in the branch network, may be wrong.</translation>
    </message>
    <message>
        <source>The page could not be loaded</source>
        <translation>The page could not be loaded</translation>
    </message>
    <message>
        <source>The provider&apos;s page did not answer.</source>
        <translation>The provider&apos;s page did not answer.</translation>
    </message>
    <message>
        <source>Check that the terminal is connected to the network, then load the page again. Your identification is kept.</source>
        <translation>Check that the terminal is connected to the network, then load the page again. Your identification is kept.</translation>
    </message>
    <message>
        <source>The page stopped working</source>
        <translation>The page stopped working</translation>
    </message>
    <message>
        <source>The provider&apos;s page was closed unexpectedly.</source>
        <translation>The provider&apos;s page was closed unexpectedly.</translation>
    </message>
    <message>
        <source>Load the page again to continue where you can. If it happens again, please ask the branch staff.</source>
        <translation>Load the page again to continue where you can. If it happens again, please ask the branch staff.</translation>
    </message>
    <message>
        <source>The identification page cannot be shown here</source>
        <translation>The identification page cannot be shown here</translation>
    </message>
    <message>
        <source>This terminal&apos;s browser is set up in a way that is not safe for an identification.</source>
        <translation>This terminal&apos;s browser is set up in a way that is not safe for an identification.</translation>
    </message>
    <message>
        <source>Please ask the branch staff. You can continue on your phone instead.</source>
        <translation>Please ask the branch staff. You can continue on your phone instead.</translation>
    </message>
    <message>
        <source>This identification link is used up</source>
        <translation>This identification link is used up</translation>
    </message>
    <message>
        <source>The provider allows its link to be opened only a few times, and that number is reached.</source>
        <translation>The provider allows its link to be opened only a few times, and that number is reached.</translation>
    </message>
    <message>
        <source>Start over to get a new link: this identification is cancelled and your data is kept.</source>
        <translation>Start over to get a new link: this identification is cancelled and your data is kept.</translation>
    </message>
    <message>
        <source>This identification has expired</source>
        <translation>This identification has expired</translation>
    </message>
    <message>
        <source>The provider&apos;s session lasts a limited time, and it has run out.</source>
        <translation>The provider&apos;s session lasts a limited time, and it has run out.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Download speed</source>
        <translation>Download speed</translation>
    </message>
    <message>
        <source>Upload speed</source>
        <translation>Upload speed</translation>
    </message>
    <message>
        <source>Connections (TCP)</source>
        <translation>Connections (TCP)</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Secure connection (TLS)</translation>
    </message>
    <message>
        <source>Secure connection to the video hosts (TLS)</source>
        <translation>Secure connection to the video hosts (TLS)</translation>
    </message>
    <message>
        <source>WebSocket (video signalling)</source>
        <translation>WebSocket (video signalling)</translation>
    </message>
    <message>
        <source>Non-TLS traffic on port 443</source>
        <translation>Non-TLS traffic on port 443</translation>
    </message>
    <message>
        <source>UDP (STUN)</source>
        <translation>UDP (STUN)</translation>
    </message>
    <message>
        <source>UDP high ports (STUN)</source>
        <translation>UDP high ports (STUN)</translation>
    </message>
    <message>
        <source>Video calls in the browser (WebRTC)</source>
        <translation>Video calls in the browser (WebRTC)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Not run</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>required %1</source>
        <translation>required %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technical detail: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
</TS>
