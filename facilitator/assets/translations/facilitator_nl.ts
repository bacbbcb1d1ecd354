<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../qt/about_dialog.py" line="27"/>
        <source>About Facilitator</source>
        <translation>Over Facilitator</translation>
    </message>
    <message>
        <location filename="../../qt/about_dialog.py" line="32"/>
        <source>Runs a marketing and sales alignment workshop from one laptop and a beamer, offline, and turns it into a signed agreement.</source>
        <translation>Leidt een workshop die marketing en verkoop op één lijn brengt, vanaf één laptop en een beamer, offline, en maakt er een ondertekende afspraak van.</translation>
    </message>
    <message>
        <location filename="../../qt/about_dialog.py" line="35"/>
        <source>Session file format {format} · {runtime} · Qt {qt} (PySide6 {pyside})&lt;br&gt;Signing certificate and app data: {folder}&lt;br&gt;PDF and beamer font: DejaVu Sans (free licence)</source>
        <translation>Bestandsformaat sessie {format} · {runtime} · Qt {qt} (PySide6 {pyside})&lt;br&gt;Ondertekeningscertificaat en app-gegevens: {folder}&lt;br&gt;Lettertype van pdf en beamer: DejaVu Sans (vrije licentie)</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../qt/agreement/actions_model.py" line="55"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/actions_model.py" line="55"/>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/actions_model.py" line="55"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/actions_model.py" line="66"/>
        <source>In</source>
        <translation>Mee</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/actions_model.py" line="66"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/actions_model.py" line="66"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/actions_model.py" line="66"/>
        <source>Due</source>
        <translation>Klaar op</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/actions_model.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/actions_model.py" line="122"/>
        <source>Not a date: {0}. Use for example 2027-02-26.</source>
        <translation>Geen datum: {0}. Gebruik bijvoorbeeld 26-02-2027.</translation>
    </message>
</context>
<context>
    <name>AddModuleDialog</name>
    <message>
        <location filename="../../qt/console/add_module_dialog.py" line="23"/>
        <source>Add a module</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../qt/console/add_module_dialog.py" line="36"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../qt/console/add_module_dialog.py" line="37"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../qt/console/add_module_dialog.py" line="38"/>
        <source>Timebox</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../qt/console/add_module_dialog.py" line="39"/>
        <source>Question for the room</source>
        <translation>Vraag aan de zaal</translation>
    </message>
    <message>
        <location filename="../../qt/console/add_module_dialog.py" line="40"/>
        <source>Your script</source>
        <translation>Jouw draaiboek</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../qt/console/agenda_model.py" line="41"/>
        <source>Module</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_model.py" line="41"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_model.py" line="41"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_model.py" line="41"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_model.py" line="41"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_model.py" line="44"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_model.py" line="44"/>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_model.py" line="44"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_model.py" line="45"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_model.py" line="45"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_model.py" line="112"/>
        <source>Planned end {planned} · expected end {projected}</source>
        <translation>Gepland einde {planned} · verwacht einde {projected}</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../qt/console/agenda_panel.py" line="81"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_panel.py" line="82"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_panel.py" line="82"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_panel.py" line="82"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_panel.py" line="82"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../qt/console/agenda_panel.py" line="83"/>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="152"/>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="153"/>
        <source>Results in the agreement</source>
        <translation>Resultaten in de overeenkomst</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="153"/>
        <source>Action items</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="154"/>
        <source>Review plan</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="154"/>
        <source>Sign-off</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="157"/>
        <source>New action item: type it and press Enter (@name for the owner)</source>
        <translation>Nieuwe actie: typ en druk op Enter (@naam voor de eigenaar)</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="161"/>
        <source>every month</source>
        <translation>elke maand</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="161"/>
        <source>every quarter</source>
        <translation>elk kwartaal</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="162"/>
        <source>every six months</source>
        <translation>elk halfjaar</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="166"/>
        <source>We review</source>
        <translation>We evalueren</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="166"/>
        <source>First review</source>
        <translation>Eerste evaluatie</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="166"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="169"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="170"/>
        <source>Sign… (Enter)</source>
        <translation>Tekenen… (Enter)</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="171"/>
        <source>Reopen (voids the signatures)</source>
        <translation>Heropenen (handtekeningen vervallen)</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="172"/>
        <source>Show the agreement on the beamer</source>
        <translation>De overeenkomst op de beamer tonen</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="173"/>
        <source>Write the PDF and the review invitation…</source>
        <translation>PDF en evaluatie-uitnodiging schrijven…</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="211"/>
        <source>signed at {0}</source>
        <translation>getekend om {0}</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="211"/>
        <source>to sign</source>
        <translation>moet nog tekenen</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="225"/>
        <source>Nobody from marketing signs.</source>
        <translation>Niemand van marketing tekent.</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="226"/>
        <source>Nobody from sales signs.</source>
        <translation>Niemand van verkoop tekent.</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="227"/>
        <source>There are no action items.</source>
        <translation>Er zijn geen acties.</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="228"/>
        <source>An action item has no owner.</source>
        <translation>Een actie heeft geen eigenaar.</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="229"/>
        <source>An action item has no due date.</source>
        <translation>Een actie heeft geen datum.</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="230"/>
        <source>The first review has no date.</source>
        <translation>De eerste evaluatie heeft geen datum.</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="298"/>
        <source>{0} is not a time zone; pick one from the list, such as Europe/Amsterdam.</source>
        <translation>{0} is geen tijdzone; kies er een uit de lijst, zoals Europe/Amsterdam.</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="326"/>
        <source>Reopen the agreement?</source>
        <translation>De overeenkomst heropenen?</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="327"/>
        <source>Reopening lets you change the agreement again and voids every signature given so far. The session records that it happened.</source>
        <translation>Na heropenen kun je de overeenkomst weer wijzigen; alle handtekeningen tot nu toe vervallen. De sessie legt vast dat dit gebeurd is.</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/dialog.py" line="336"/>
        <source>Where should the PDF and invitation go?</source>
        <translation>Waar moeten de PDF en de uitnodiging komen?</translation>
    </message>
</context>
<context>
    <name>AgreementWriting</name>
    <message>
        <location filename="../../qt/agreement/writing.py" line="22"/>
        <source>Replace the files?</source>
        <translation>De bestanden vervangen?</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/writing.py" line="23"/>
        <source>{0} already exists in {1}. Replace it with the agreement as it is now?</source>
        <translation>{0} bestaat al in {1}. Vervangen door de overeenkomst zoals die nu is?</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/writing.py" line="37"/>
        <source>Written to {0}: {1}</source>
        <translation>Opgeslagen in {0}: {1}</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../qt/controller.py" line="84"/>
        <source>Cannot create the folder {0}: {1}.</source>
        <translation>Kan de map {0} niet maken: {1}.</translation>
    </message>
    <message>
        <location filename="../../qt/controller.py" line="126"/>
        <source>Open a session</source>
        <translation>Een sessie openen</translation>
    </message>
    <message>
        <location filename="../../qt/controller.py" line="128"/>
        <source>Facilitator sessions (*.session);;All files (*)</source>
        <translation>Facilitator-sessies (*.session);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../qt/controller.py" line="139"/>
        <source> (copy)</source>
        <translation> (kopie)</translation>
    </message>
    <message>
        <location filename="../../qt/controller.py" line="140"/>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <location filename="../../qt/controller.py" line="141"/>
        <source>Facilitator sessions (*.session)</source>
        <translation>Facilitator-sessies (*.session)</translation>
    </message>
    <message>
        <location filename="../../qt/controller.py" line="149"/>
        <source>Copy saved: {0}</source>
        <translation>Kopie opgeslagen: {0}</translation>
    </message>
</context>
<context>
    <name>BoardBar</name>
    <message>
        <location filename="../../qt/console/board_bar.py" line="69"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../qt/console/board_bar.py" line="69"/>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <location filename="../../qt/console/board_bar.py" line="69"/>
        <source>Joint</source>
        <translation>Samen</translation>
    </message>
    <message>
        <location filename="../../qt/console/board_bar.py" line="72"/>
        <source>Show or hide this department&apos;s notes (Alt+{0})</source>
        <translation>Geeltjes van deze afdeling tonen of verbergen (Alt+{0})</translation>
    </message>
    <message>
        <location filename="../../qt/console/board_bar.py" line="73"/>
        <source>Silent writing (Ctrl+H)</source>
        <translation>Stil schrijven (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../qt/console/board_bar.py" line="75"/>
        <source>The beamer shows only how many notes each side has, until you reveal them</source>
        <translation>De beamer toont alleen hoeveel geeltjes elke kant heeft, tot je ze onthult</translation>
    </message>
    <message>
        <location filename="../../qt/console/board_bar.py" line="76"/>
        <source>Sort by dots (V)</source>
        <translation>Sorteer op stippen (V)</translation>
    </message>
    <message>
        <location filename="../../qt/console/board_bar.py" line="77"/>
        <source>Fit (Ctrl+0)</source>
        <translation>Passend (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../qt/console/board_bar.py" line="78"/>
        <source> dots each</source>
        <translation> stippen p.p.</translation>
    </message>
    <message>
        <location filename="../../qt/console/board_bar.py" line="79"/>
        <source>How many dots every participant may give in this module</source>
        <translation>Hoeveel stippen elke deelnemer in dit onderdeel mag geven</translation>
    </message>
    <message>
        <location filename="../../qt/console/board_bar.py" line="124"/>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../qt/board/view.py" line="190"/>
        <source>Cluster {0}</source>
        <translation>Cluster {0}</translation>
    </message>
    <message>
        <location filename="../../qt/board/view.py" line="191"/>
        <source>Group notes</source>
        <translation>Geeltjes groeperen</translation>
    </message>
    <message>
        <location filename="../../qt/board/view.py" line="191"/>
        <location filename="../../qt/board/view.py" line="208"/>
        <source>Name of the cluster:</source>
        <translation>Naam van de cluster:</translation>
    </message>
    <message>
        <location filename="../../qt/board/view.py" line="208"/>
        <source>Rename cluster</source>
        <translation>Cluster hernoemen</translation>
    </message>
    <message>
        <location filename="../../qt/board/view.py" line="220"/>
        <source>{0} action item(s) added; edit them in the agreement (Ctrl+E).</source>
        <translation>{0} actie(s) toegevoegd; bewerk ze in de overeenkomst (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../qt/board/view.py" line="346"/>
        <source>Edit (Enter)</source>
        <translation>Bewerken (Enter)</translation>
    </message>
    <message>
        <location filename="../../qt/board/view.py" line="347"/>
        <source>Group (G)</source>
        <translation>Groeperen (G)</translation>
    </message>
    <message>
        <location filename="../../qt/board/view.py" line="348"/>
        <source>Ungroup (U)</source>
        <translation>Losmaken (U)</translation>
    </message>
    <message>
        <location filename="../../qt/board/view.py" line="349"/>
        <source>Next department (T)</source>
        <translation>Volgende afdeling (T)</translation>
    </message>
    <message>
        <location filename="../../qt/board/view.py" line="350"/>
        <source>Delete (Del)</source>
        <translation>Verwijderen (Del)</translation>
    </message>
    <message>
        <location filename="../../qt/board/view.py" line="354"/>
        <source>Use as…</source>
        <translation>Gebruik als…</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../qt/console/capture_bar.py" line="62"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../qt/console/capture_bar.py" line="62"/>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <location filename="../../qt/console/capture_bar.py" line="63"/>
        <source>Joint</source>
        <translation>Samen</translation>
    </message>
    <message>
        <location filename="../../qt/console/capture_bar.py" line="66"/>
        <source>Type what is said and press Enter  ·  @name for the speaker  ·  m: s: j: for one note&apos;s department</source>
        <translation>Typ wat er gezegd wordt en druk op Enter  ·  @naam voor wie het zei  ·  m: v: g: voor de afdeling van één geeltje</translation>
    </message>
    <message>
        <location filename="../../qt/console/capture_bar.py" line="96"/>
        <source>Speaker: {0}</source>
        <translation>Gezegd door: {0}</translation>
    </message>
    <message>
        <location filename="../../qt/console/capture_bar.py" line="98"/>
        <source>Which one? {0}</source>
        <translation>Wie bedoel je? {0}</translation>
    </message>
    <message>
        <location filename="../../qt/console/capture_bar.py" line="100"/>
        <source>No participant matches {0}</source>
        <translation>Geen deelnemer past bij {0}</translation>
    </message>
    <message>
        <location filename="../../qt/console/capture_bar.py" line="116"/>
        <location filename="../../qt/console/capture_bar.py" line="131"/>
        <source>Who is @{0}? Type more letters of the name.</source>
        <translation>Wie is @{0}? Typ meer letters van de naam.</translation>
    </message>
    <message>
        <location filename="../../qt/console/capture_bar.py" line="137"/>
        <source>Action item added: {0}</source>
        <translation>Actie toegevoegd: {0}</translation>
    </message>
    <message>
        <location filename="../../qt/console/capture_bar.py" line="112"/>
        <source>Start a module first: notes belong to a module&apos;s board.</source>
        <translation>Start eerst een onderdeel: geeltjes horen bij het bord van een onderdeel.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../qt/console/window.py" line="42"/>
        <source>In the text: the speaker, by the first letters of a name</source>
        <translation>In de tekst: wie het zei, met de eerste letters van de naam</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="43"/>
        <source>At the start: this note&apos;s department</source>
        <translation>Vooraan: de afdeling van dit ene geeltje</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="44"/>
        <source>At the start: an action item instead of a note</source>
        <translation>Vooraan: een actie in plaats van een geeltje</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="45"/>
        <source>From typing to the board</source>
        <translation>Van typen naar het bord</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="48"/>
        <source>Board: select the nearest note that way</source>
        <translation>Bord: het dichtstbijzijnde geeltje in die richting kiezen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="49"/>
        <source>Board: move the cursor / add it to the selection</source>
        <translation>Bord: cursor verplaatsen / aan de selectie toevoegen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="50"/>
        <source>Board: move the selected notes</source>
        <translation>Bord: gekozen geeltjes verschuiven</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="51"/>
        <source>Board: edit the note (Enter keeps, Esc cancels)</source>
        <translation>Bord: geeltje bewerken (Enter bewaart, Esc annuleert)</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="52"/>
        <source>Board: delete the selected notes</source>
        <translation>Bord: gekozen geeltjes verwijderen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="53"/>
        <source>Board: group (merges clusters) / ungroup / rename cluster</source>
        <translation>Bord: groeperen (voegt clusters samen) / losmaken / cluster hernoemen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="55"/>
        <source>Board: a dot from marketing / sales / others (Shift: take one away)</source>
        <translation>Bord: een stip van marketing / verkoop / anderen (Shift: een stip eraf)</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="56"/>
        <source>Board: next department</source>
        <translation>Bord: volgende afdeling</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="57"/>
        <source>Board: make action items of the selected notes</source>
        <translation>Bord: maak acties van de gekozen geeltjes</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="58"/>
        <source>Board: sort by dots / arrange clusters</source>
        <translation>Bord: sorteren op stippen / clusters ordenen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="59"/>
        <source>Board: zoom to the selection; the beamer follows</source>
        <translation>Bord: inzoomen op de selectie; de beamer volgt</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="60"/>
        <source>Board: fit / zoom</source>
        <translation>Bord: passend maken / zoomen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="61"/>
        <source>Board: back to typing</source>
        <translation>Bord: terug naar typen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="139"/>
        <source>Time is up: {0}</source>
        <translation>De tijd is om: {0}</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="222"/>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="224"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="225"/>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="226"/>
        <source>&amp;Board</source>
        <translation>&amp;Bord</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="228"/>
        <source>&amp;Beamer</source>
        <translation>&amp;Beamer</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="229"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="230"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="246"/>
        <source>Recent sessions</source>
        <translation>Recente sessies</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="259"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="259"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="259"/>
        <source>Start / pause timer</source>
        <translation>Timer starten / pauzeren</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="260"/>
        <source>Add one minute</source>
        <translation>Eén minuut erbij</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="260"/>
        <source>Add five minutes</source>
        <translation>Vijf minuten erbij</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="261"/>
        <source>Reset timer</source>
        <translation>Timer herstarten</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="261"/>
        <source>Mute the chime</source>
        <translation>Signaal dempen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="262"/>
        <source>Next module</source>
        <translation>Volgend onderdeel</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="262"/>
        <source>Previous module</source>
        <translation>Vorig onderdeel</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="263"/>
        <source>Move module up</source>
        <translation>Onderdeel omhoog</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="263"/>
        <source>Move module down</source>
        <translation>Onderdeel omlaag</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="264"/>
        <source>Skip or restore module</source>
        <translation>Onderdeel overslaan of terugzetten</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="264"/>
        <source>Add module…</source>
        <translation>Onderdeel toevoegen…</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="265"/>
        <source>Show or hide the beamer</source>
        <translation>Beamer tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="265"/>
        <source>Swap screens</source>
        <translation>Schermen wisselen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="266"/>
        <source>Black out the beamer</source>
        <translation>Beamer op zwart</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="266"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="267"/>
        <source>Note from marketing</source>
        <translation>Geeltje van marketing</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="267"/>
        <source>Note from sales</source>
        <translation>Geeltje van verkoop</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="268"/>
        <source>Joint note</source>
        <translation>Gezamenlijk geeltje</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="268"/>
        <source>Back to typing</source>
        <translation>Terug naar typen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="268"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="269"/>
        <source>Go to the board</source>
        <translation>Naar het bord</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="269"/>
        <source>Silent writing: hide notes on the beamer</source>
        <translation>Stil schrijven: geeltjes op de beamer verbergen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="270"/>
        <source>Show or hide marketing notes</source>
        <translation>Marketinggeeltjes tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="271"/>
        <source>Show or hide sales notes</source>
        <translation>Verkoopgeeltjes tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="271"/>
        <source>Show or hide joint notes</source>
        <translation>Gezamenlijke geeltjes tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="273"/>
        <source>New session…</source>
        <translation>Nieuwe sessie…</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="273"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="273"/>
        <source>Save a copy as…</source>
        <translation>Kopie opslaan als…</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="274"/>
        <source>Close session</source>
        <translation>Sessie sluiten</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="274"/>
        <source>Participants…</source>
        <translation>Deelnemers…</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="275"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="275"/>
        <source>How to run the session</source>
        <translation>Zo leid je de sessie</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="276"/>
        <source>About Facilitator</source>
        <translation>Over Facilitator</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="277"/>
        <source>Agreement and sign-off…</source>
        <translation>Overeenkomst en ondertekenen…</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="278"/>
        <source>Agreement on the beamer: next page</source>
        <translation>Overeenkomst op de beamer: volgende pagina</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="279"/>
        <source>Agreement on the beamer: previous page</source>
        <translation>Overeenkomst op de beamer: vorige pagina</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="280"/>
        <source>Write the agreement PDF and invitation into the session&apos;s folder</source>
        <translation>Overeenkomst (pdf) en uitnodiging opslaan in de map van de sessie</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="285"/>
        <source>On the beamer</source>
        <translation>Op de beamer</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="286"/>
        <source>Beamer on/off (F5)</source>
        <translation>Beamer aan/uit (F5)</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="286"/>
        <source>Swap screens (F6)</source>
        <translation>Schermen wisselen (F6)</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="287"/>
        <source>Black out (B)</source>
        <translation>Zwart beeld (B)</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="287"/>
        <source>Mute (Ctrl+M)</source>
        <translation>Geluid uit (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="308"/>
        <source>all changes saved</source>
        <translation>alles opgeslagen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="316"/>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="323"/>
        <source>Nothing to redo</source>
        <translation>Niets om opnieuw te doen</translation>
    </message>
    <message>
        <location filename="../../qt/console/window.py" line="408"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>GoalTreePanel</name>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="70"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="70"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="70"/>
        <source>Metric</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="70"/>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="71"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="71"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="87"/>
        <source>Calculate</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="90"/>
        <source>Revenue goal (€)</source>
        <translation>Omzetdoel (€)</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="90"/>
        <source>Average deal size (€)</source>
        <translation>Gemiddelde dealgrootte (€)</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="90"/>
        <source>Win rate (%)</source>
        <translation>Winkans (%)</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="91"/>
        <source>SQL → opportunity (%)</source>
        <translation>SQL → kans (%)</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="91"/>
        <source>MQL → SQL (%)</source>
        <translation>MQL → SQL (%)</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="97"/>
        <source>Notes on this board (Enter: make it a goal under the selected goal)</source>
        <translation>Geeltjes op dit bord (Enter: maak er een doel van onder het gekozen doel)</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="160"/>
        <source>Deals {0} · opportunities {1} · SQLs {2} · MQLs {3} a year; {4} SQLs a month</source>
        <translation>Deals {0} · kansen {1} · SQL&apos;s {2} · MQL&apos;s {3} per jaar; {4} SQL&apos;s per maand</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="169"/>
        <source>“{0}” hangs under nothing</source>
        <translation>„{0}” hangt nergens onder</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="169"/>
        <source>no {0} goal under the company goal</source>
        <translation>geen {0}-doel onder het bedrijfsdoel</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="170"/>
        <source>“{0}” has no measurable target</source>
        <translation>„{0}” heeft geen meetbare streefwaarde</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="171"/>
        <source>“{0}” has no deadline</source>
        <translation>„{0}” heeft geen deadline</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="172"/>
        <source>“{0}” is not tied to a marketing or sales goal</source>
        <translation>„{0}” hangt niet onder een marketing- of verkoopdoel</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="173"/>
        <source>marketing and sales goals serve different company goals</source>
        <translation>marketing- en verkoopdoelen dienen verschillende bedrijfsdoelen</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="188"/>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="192"/>
        <source>Company goal</source>
        <translation>Bedrijfsdoel</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="237"/>
        <source>Department: company, marketing, sales or joint.</source>
        <translation>Afdeling: bedrijf, marketing, verkoop of samen.</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="245"/>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="277"/>
        <source>Not a number: {0}</source>
        <translation>Geen getal: {0}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../qt/help_dialog.py" line="20"/>
        <source>How to run the session</source>
        <translation>Zo leid je de sessie</translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="104"/>
        <source>One customer, segment or trait per line</source>
        <translation>Eén klant, segment of kenmerk per regel</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="106"/>
        <source>Reveal both lists and show the overlap on the beamer</source>
        <translation>Beide lijsten onthullen en de overlap op de beamer tonen</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="121"/>
        <source>Notes on this board: pick one, then a cell, and press Enter</source>
        <translation>Geeltjes op dit bord: kies er een, dan een vak, en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="126"/>
        <source>Marketing&apos;s list</source>
        <translation>Lijst van marketing</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="126"/>
        <source>Sales&apos; list</source>
        <translation>Lijst van verkoop</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="135"/>
        <source>Journey</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="136"/>
        <source>Who is our customer?</source>
        <translation>Wie is onze klant?</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="155"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="157"/>
        <source>Lane</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="162"/>
        <source>Add stage</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="163"/>
        <source>Remove stage</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="164"/>
        <source>Add lane</source>
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="165"/>
        <source>Remove lane</source>
        <translation>Rij verwijderen</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="168"/>
        <source>Move the stage left</source>
        <translation>Fase naar links</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="169"/>
        <source>Move the stage right</source>
        <translation>Fase naar rechts</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="174"/>
        <source>Buying group in this stage:</source>
        <translation>Inkoopgroep in deze fase:</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="175"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="175"/>
        <source>Influencer</source>
        <translation>Beïnvloeder</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="175"/>
        <source>Buyer</source>
        <translation>Inkoper</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="175"/>
        <source>Decider</source>
        <translation>Beslisser</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="176"/>
        <source>Gatekeeper</source>
        <translation>Poortwachter</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="176"/>
        <source>Initiator</source>
        <translation>Initiatiefnemer</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="217"/>
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="223"/>
        <source>New lane</source>
        <translation>Nieuwe rij</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="293"/>
        <source>{0} % overlap (reference {1} %): {2} named by both, {3} written differently, {4} only marketing, {5} only sales</source>
        <translation>{0} % overlap (ter vergelijking {1} %): {2} door beide genoemd, {3} anders geschreven, {4} alleen marketing, {5} alleen verkoop</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="304"/>
        <source>There is no hand-off yet: press ] in the grid to place it.</source>
        <translation>Er is nog geen overdrachtsmoment: druk op ] in het raster om het te plaatsen.</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="306"/>
        <source>“{0}” is owned by sales but comes before the hand-off.</source>
        <translation>“{0}” is van verkoop maar komt vóór de overdracht.</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="308"/>
        <source>“{0}” is owned by marketing but comes after the hand-off.</source>
        <translation>“{0}” is van marketing maar komt na de overdracht.</translation>
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <location filename="../../qt/console/keys_overlay.py" line="9"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>LeadSlaPanel</name>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="76"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="76"/>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="76"/>
        <source>Measure</source>
        <translation>Meting</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="85"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="85"/>
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="89"/>
        <source>One item per line</source>
        <translation>Eén punt per regel</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="92"/>
        <source>Rejected leads go back to marketing&apos;s nurturing</source>
        <translation>Afgewezen leads gaan terug naar marketing voor nurturing</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="103"/>
        <source>Notes on this board (Enter: make it a criterion)</source>
        <translation>Geeltjes op dit bord (Enter: maak er een criterium van)</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="107"/>
        <source>SQLs marketing delivers a month</source>
        <translation>SQL&apos;s die marketing per maand levert</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="107"/>
        <source>Sales calls a hot lead within (hours)</source>
        <translation>Verkoop belt een hete lead binnen (uur)</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="108"/>
        <source>Contact attempts</source>
        <translation>Contactpogingen</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="108"/>
        <source>Leads sales can handle a month</source>
        <translation>Leads die verkoop per maand aankan</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="109"/>
        <source>Lead → customer target (%)</source>
        <translation>Doel lead → klant (%)</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="113"/>
        <source>Reason codes for a rejected lead (comma separated)</source>
        <translation>Redencodes voor een afgewezen lead (met komma’s)</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="115"/>
        <source>First review (also the agreement&apos;s review)</source>
        <translation>Eerste evaluatie (ook die van de overeenkomst)</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="123"/>
        <source>SQL criteria</source>
        <translation>SQL-criteria</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="124"/>
        <source>Lead stages</source>
        <translation>Leadfasen</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="125"/>
        <source>Hand-off checklist</source>
        <translation>Overdrachtslijst</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="126"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="149"/>
        <source>hard</source>
        <translation>hard</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="149"/>
        <source>soft</source>
        <translation>zacht</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="181"/>
        <source>The goal tree&apos;s funnel asks {0} SQLs a month.</source>
        <translation>De trechter van de doelenboom vraagt {0} SQL&apos;s per maand.</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="188"/>
        <source>sales can handle fewer leads than marketing promises ({0})</source>
        <translation>verkoop kan minder leads aan dan marketing belooft ({0})</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="189"/>
        <source>the SQL volume does not reach the revenue goal ({0})</source>
        <translation>het aantal SQL&apos;s haalt het omzetdoel niet ({0})</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="190"/>
        <source>no consent yet: {0}</source>
        <translation>nog geen instemming: {0}</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="190"/>
        <source>no follow-up time</source>
        <translation>geen opvolgtijd</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="191"/>
        <source>no review date</source>
        <translation>geen evaluatiedatum</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="212"/>
        <source>New criterion</source>
        <translation>Nieuw criterium</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="271"/>
        <source>Not a number: {0}</source>
        <translation>Geen getal: {0}</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="284"/>
        <source>Not a date: {0}. Use for example 2027-02-26.</source>
        <translation>Geen datum: {0}. Gebruik bijvoorbeeld 2027-02-26.</translation>
    </message>
</context>
<context>
    <name>ModulePanel</name>
    <message>
        <location filename="../../qt/console/module_panel.py" line="66"/>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location filename="../../qt/console/module_panel.py" line="66"/>
        <source>Start / pause</source>
        <translation>Start / pauze</translation>
    </message>
    <message>
        <location filename="../../qt/console/module_panel.py" line="66"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../qt/console/module_panel.py" line="67"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../qt/console/module_panel.py" line="67"/>
        <source>Reset</source>
        <translation>Herstart</translation>
    </message>
    <message>
        <location filename="../../qt/console/module_panel.py" line="67"/>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <location filename="../../qt/console/module_panel.py" line="79"/>
        <source>Not started yet</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <location filename="../../qt/console/module_panel.py" line="80"/>
        <source>Press F9 to start the first module, or double-click a module in the agenda.</source>
        <translation>Druk op F9 om het eerste onderdeel te starten, of dubbelklik op een onderdeel in de agenda.</translation>
    </message>
    <message>
        <location filename="../../qt/console/module_panel.py" line="97"/>
        <source>Pause</source>
        <translation>Pauzeer</translation>
    </message>
    <message>
        <location filename="../../qt/console/module_panel.py" line="97"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <location filename="../../qt/participants/dialog.py" line="124"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../qt/participants/dialog.py" line="130"/>
        <source>Name (Enter adds)</source>
        <translation>Naam (Enter voegt toe)</translation>
    </message>
    <message>
        <location filename="../../qt/participants/dialog.py" line="131"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../qt/participants/dialog.py" line="132"/>
        <source>Signs</source>
        <translation>Tekent</translation>
    </message>
    <message>
        <location filename="../../qt/participants/dialog.py" line="133"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../qt/participants/dialog.py" line="134"/>
        <source>Paste a list…</source>
        <translation>Lijst plakken…</translation>
    </message>
    <message>
        <location filename="../../qt/participants/dialog.py" line="135"/>
        <source>Enter adds · F2 or typing edits a cell · Del removes · Alt+↑/↓ reorders · Alt+N back to the name field</source>
        <translation>Enter voegt toe · F2 of typen bewerkt een cel · Del verwijdert · Alt+↑/↓ verplaatst · Alt+N terug naar het naamveld</translation>
    </message>
    <message>
        <location filename="../../qt/participants/dialog.py" line="189"/>
        <source>Listed twice: {0}</source>
        <translation>Twee keer op de lijst: {0}</translation>
    </message>
    <message>
        <location filename="../../qt/participants/dialog.py" line="191"/>
        <source>Nobody from marketing signs the agreement yet.</source>
        <translation>Nog niemand van marketing tekent de afspraken.</translation>
    </message>
    <message>
        <location filename="../../qt/participants/dialog.py" line="192"/>
        <source>Nobody from sales signs the agreement yet.</source>
        <translation>Nog niemand van verkoop tekent de afspraken.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../qt/participants/table_model.py" line="24"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../qt/participants/table_model.py" line="24"/>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <location filename="../../qt/participants/table_model.py" line="24"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../qt/participants/table_model.py" line="41"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../qt/participants/table_model.py" line="41"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../qt/participants/table_model.py" line="41"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../qt/participants/table_model.py" line="41"/>
        <source>Signs</source>
        <translation>Tekent</translation>
    </message>
    <message>
        <location filename="../../qt/participants/table_model.py" line="42"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../qt/participants/paste_dialog.py" line="23"/>
        <source>Paste a list of participants</source>
        <translation>Een lijst deelnemers plakken</translation>
    </message>
    <message>
        <location filename="../../qt/participants/paste_dialog.py" line="27"/>
        <source>One person per line. Columns (tab, ; or ,) may give the department, the role and whether they sign. E-mail addresses are fine too.</source>
        <translation>Eén persoon per regel. Kolommen (tab, ; of ,) mogen de afdeling, de rol en ondertekenen aangeven. E-mailadressen mogen ook.</translation>
    </message>
    <message>
        <location filename="../../qt/participants/paste_dialog.py" line="35"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../qt/participants/paste_dialog.py" line="35"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../qt/participants/paste_dialog.py" line="35"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../qt/participants/paste_dialog.py" line="36"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../qt/participants/paste_dialog.py" line="36"/>
        <source>Signs</source>
        <translation>Tekent</translation>
    </message>
    <message>
        <location filename="../../qt/participants/paste_dialog.py" line="36"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../qt/participants/paste_dialog.py" line="43"/>
        <source>Department when a line gives none</source>
        <translation>Afdeling als een regel er geen noemt</translation>
    </message>
    <message>
        <location filename="../../qt/participants/paste_dialog.py" line="71"/>
        <source>{0} people will be added.</source>
        <translation>{0} personen worden toegevoegd.</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../../qt/beamer/frame_builder.py" line="16"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/frame_builder.py" line="17"/>
        <source>S</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/frame_builder.py" line="18"/>
        <source>J</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/frame_builder.py" line="20"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/frame_builder.py" line="22"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/frame_builder.py" line="23"/>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/frame_builder.py" line="24"/>
        <source>Joint</source>
        <translation>Samen</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/frame_builder.py" line="26"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/frame_builder.py" line="27"/>
        <source>Your input will appear here.</source>
        <translation>Jullie inbreng verschijnt hier.</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/frame_builder.py" line="35"/>
        <source>Our agreement</source>
        <translation>Onze afspraken</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="14"/>
        <source>What we agreed</source>
        <translation>Wat we hebben afgesproken</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="15"/>
        <source>Action items</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="16"/>
        <source>no action items yet</source>
        <translation>nog geen acties</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="17"/>
        <source>no owner yet</source>
        <translation>nog geen eigenaar</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="18"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="19"/>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="20"/>
        <source>First review: {0}, {1}</source>
        <translation>Eerste evaluatie: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="21"/>
        <source>First review: no date yet</source>
        <translation>Eerste evaluatie: nog geen datum</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="22"/>
        <source>Where: {0}</source>
        <translation>Waar: {0}</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="23"/>
        <source>then every month</source>
        <translation>daarna elke maand</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="24"/>
        <source>then every quarter</source>
        <translation>daarna elk kwartaal</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="25"/>
        <source>then every six months</source>
        <translation>daarna elk halfjaar</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="26"/>
        <source>Signed by</source>
        <translation>Getekend door</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="27"/>
        <source>not signed yet</source>
        <translation>nog niet getekend</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/agreement_lines.py" line="28"/>
        <source>Still to sign: {0}</source>
        <translation>Moeten nog tekenen: {0}</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="40"/>
        <source>Reverse funnel</source>
        <translation>Omgekeerde trechter</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="40"/>
        <source>Revenue goal</source>
        <translation>Omzetdoel</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="41"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="41"/>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="42"/>
        <source>SQLs</source>
        <translation>SQL&apos;s</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="42"/>
        <source>MQLs</source>
        <translation>MQL&apos;s</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="43"/>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="43"/>
        <source>C</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="47"/>
        <source>“{0}” hangs under nothing</source>
        <translation>„{0}” hangt nergens onder</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="48"/>
        <source>no {0} goal under the company goal</source>
        <translation>geen {0}-doel onder het bedrijfsdoel</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="49"/>
        <source>“{0}”: no measurable target</source>
        <translation>„{0}”: geen meetbare streefwaarde</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="50"/>
        <source>“{0}”: no deadline</source>
        <translation>„{0}”: geen deadline</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="51"/>
        <source>“{0}” is not tied to a department goal</source>
        <translation>„{0}” hangt niet onder een afdelingsdoel</translation>
    </message>
    <message>
        <location filename="../../../workshops/goal_tree/qt_views.py" line="52"/>
        <source>marketing and sales serve different company goals</source>
        <translation>marketing en verkoop dienen verschillende bedrijfsdoelen</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="42"/>
        <source>When is a lead sales-ready?</source>
        <translation>Wanneer is een lead sales-ready?</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="42"/>
        <source>hard</source>
        <translation>hard</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="43"/>
        <source>soft</source>
        <translation>zacht</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="43"/>
        <source>Our SLA</source>
        <translation>Onze SLA</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="44"/>
        <source>SQLs a month from marketing</source>
        <translation>SQL&apos;s per maand van marketing</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="45"/>
        <source>Hot lead called within (hours)</source>
        <translation>Hete lead gebeld binnen (uur)</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="46"/>
        <source>Contact attempts</source>
        <translation>Contactpogingen</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="47"/>
        <source>Leads sales can handle a month</source>
        <translation>Leads die verkoop per maand aankan</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="48"/>
        <source>Lead → customer (%)</source>
        <translation>Lead → klant (%)</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="49"/>
        <source>blocked by</source>
        <translation>geblokkeerd door</translation>
    </message>
    <message>
        <location filename="../../../workshops/lead_sla/qt_views.py" line="49"/>
        <source>no consent yet</source>
        <translation>nog geen instemming</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="40"/>
        <source>hand-off</source>
        <translation>overdracht</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="40"/>
        <source>named by both</source>
        <translation>door beide genoemd</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="41"/>
        <source>reference: {0} %</source>
        <translation>ter vergelijking: {0} %</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="42"/>
        <source>only marketing</source>
        <translation>alleen marketing</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="43"/>
        <source>only sales</source>
        <translation>alleen verkoop</translation>
    </message>
    <message>
        <location filename="../../../workshops/journey_map/qt_views.py" line="44"/>
        <source>{0} customers listed</source>
        <translation>{0} klanten genoemd</translation>
    </message>
    <message>
        <location filename="../../qt/beamer/pages.py" line="16"/>
        <source>page {0} of {1}</source>
        <translation>pagina {0} van {1}</translation>
    </message>
    <message>
        <location filename="../../../workshops/qt_result_summaries.py" line="16"/>
        <source>we aim for: {0}</source>
        <translation>we streven naar: {0}</translation>
    </message>
    <message>
        <location filename="../../../workshops/qt_result_summaries.py" line="17"/>
        <source>{0} of 20 answered</source>
        <translation>{0} van 20 beantwoord</translation>
    </message>
    <message>
        <location filename="../../../workshops/qt_result_summaries.py" line="18"/>
        <source>{0} criteria agreed for a sales-ready lead</source>
        <translation>{0} criteria afgesproken voor een sales-ready lead</translation>
    </message>
    <message>
        <location filename="../../../workshops/qt_result_summaries.py" line="19"/>
        <source>hand-off after: {0}</source>
        <translation>overdracht na: {0}</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="69"/>
        <source>One agreed answer per department</source>
        <translation>Eén gezamenlijk antwoord per afdeling</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="70"/>
        <source>Every participant answers</source>
        <translation>Elke deelnemer antwoordt</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="72"/>
        <source>Reveal both sides on the beamer</source>
        <translation>Beide kanten op de beamer tonen</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="90"/>
        <source>Make action items of the next steps</source>
        <translation>Maak acties van de volgende stappen</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="91"/>
        <source>Compare with an earlier session…</source>
        <translation>Vergelijk met een eerdere sessie…</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="104"/>
        <source>Where should we be? About our market:</source>
        <translation>Waar willen we staan? Over onze markt:</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="109"/>
        <source>Agreed target level</source>
        <translation>Afgesproken doelniveau</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="243"/>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="161"/>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="243"/>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="291"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="92"/>
        <source>Private booth (F12)</source>
        <translation>Stemhokje (F12)</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="161"/>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="243"/>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="291"/>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="181"/>
        <source>Add the participants from marketing and sales first (Ctrl+P).</source>
        <translation>Voeg eerst de deelnemers van marketing en verkoop toe (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="228"/>
        <source>Show nobody&apos;s own answers</source>
        <translation>Niemands eigen antwoorden tonen</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="246"/>
        <source>Marketing (mean)</source>
        <translation>Marketing (gemiddeld)</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="246"/>
        <source>Sales (mean)</source>
        <translation>Verkoop (gemiddeld)</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="248"/>
        <source>Answer of {0}</source>
        <translation>Antwoord van {0}</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="272"/>
        <source>Recommended: {0}. </source>
        <translation>Advies: {0}. </translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="280"/>
        <source>{0} of {1} participants have answered every statement</source>
        <translation>{0} van {1} deelnemers hebben elke stelling beantwoord</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="282"/>
        <source>The agreed answers per department are kept; they count again when you switch back</source>
        <translation>De afgesproken antwoorden per afdeling blijven bewaard; ze tellen weer mee als u terugschakelt</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="287"/>
        <source>{0} participants&apos; own answers are kept; they count only when every participant answers</source>
        <translation>De eigen antwoorden van {0} deelnemers blijven bewaard; ze tellen alleen mee als elke deelnemer antwoordt</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="293"/>
        <source>{0}: {1} of 20 answered</source>
        <translation>{0}: {1} van 20 beantwoord</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="306"/>
        <source>Enter the answers first: the next steps depend on the level.</source>
        <translation>Vul eerst de antwoorden in: de volgende stappen hangen af van het niveau.</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="313"/>
        <source>Both sides see the relationship as integrated: no next level to add.</source>
        <translation>Beide kanten zien de samenwerking als geïntegreerd: er is geen volgend niveau.</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="317"/>
        <source>{0} action items added; give them owners in the agreement (Ctrl+E).</source>
        <translation>{0} acties toegevoegd; geef ze een eigenaar in de overeenkomst (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="322"/>
        <source>The session of the earlier scan</source>
        <translation>De sessie van de eerdere scan</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="323"/>
        <source>Facilitator sessions (*.session)</source>
        <translation>Facilitator-sessies (*.session)</translation>
    </message>
    <message>
        <location filename="../../../workshops/maturity_scan/qt_views.py" line="334"/>
        <source>That session has no maturity scan.</source>
        <translation>Die sessie heeft geen nulmeting.</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../qt/console/script_panel.py" line="27"/>
        <source>Your script</source>
        <translation>Jouw draaiboek</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../qt/settings_dialog.py" line="32"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="38"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="41"/>
        <source>Automatic (the screen that is not the laptop&apos;s)</source>
        <translation>Automatisch (het scherm dat niet de laptop is)</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="45"/>
        <source>Play a chime when time is up</source>
        <translation>Een signaal laten klinken als de tijd om is</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="47"/>
        <source>Light (bright rooms)</source>
        <translation>Licht (heldere zalen)</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="47"/>
        <source>Dark (dim rooms)</source>
        <translation>Donker (gedimde zalen)</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="48"/>
        <source>High contrast (weak projectors)</source>
        <translation>Hoog contrast (zwakke beamers)</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="52"/>
        <source>The session&apos;s facilitator (made on first use)</source>
        <translation>De facilitator van de sessie (gemaakt bij het eerste gebruik)</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="59"/>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="60"/>
        <location filename="../../qt/settings_dialog.py" line="100"/>
        <source>Folder for new sessions</source>
        <translation>Map voor nieuwe sessies</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="61"/>
        <source>Beamer screen</source>
        <translation>Beamerscherm</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="62"/>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="63"/>
        <source>Beamer theme</source>
        <translation>Beamerthema</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="64"/>
        <source>Seal agreements as</source>
        <translation>Overeenkomsten verzegelen als</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="68"/>
        <source>Signing key</source>
        <translation>Ondertekeningssleutel</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="90"/>
        <source>Encrypted; its password is kept in the system keyring ({0}).</source>
        <translation>Versleuteld; het wachtwoord staat in de sleutelhanger van het systeem ({0}).</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="91"/>
        <source>Made with the first PDF, encrypted with a password kept in the system keyring ({0}).</source>
        <translation>Wordt bij de eerste pdf gemaakt, versleuteld met een wachtwoord in de sleutelhanger van het systeem ({0}).</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="94"/>
        <source>Not encrypted: an owner-only file, because this computer offers no system keyring (or the key was made before it did).</source>
        <translation>Niet versleuteld: een bestand dat alleen de eigenaar kan lezen, omdat deze computer geen sleutelhanger heeft (of de sleutel gemaakt is voordat die er was).</translation>
    </message>
    <message>
        <location filename="../../qt/settings_dialog.py" line="96"/>
        <source>Made with the first PDF as an owner-only file, not encrypted: this computer offers no system keyring.</source>
        <translation>Wordt bij de eerste pdf gemaakt als bestand dat alleen de eigenaar kan lezen, niet versleuteld: deze computer heeft geen sleutelhanger.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../qt/agreement/sign_dialog.py" line="17"/>
        <source>Sign: {0}</source>
        <translation>Tekenen: {0}</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/sign_dialog.py" line="18"/>
        <source>{0}, please sign in the box below.</source>
        <translation>{0}, teken hieronder in het vak.</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/sign_dialog.py" line="20"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/sign_dialog.py" line="22"/>
        <source>Type my name instead (when drawing is not possible)</source>
        <translation>Mijn naam typen (als tekenen niet lukt)</translation>
    </message>
    <message>
        <location filename="../../qt/agreement/sign_dialog.py" line="29"/>
        <source>Sign</source>
        <translation>Tekenen</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../qt/start/start_window.py" line="131"/>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="132"/>
        <location filename="../../qt/start/start_window.py" line="195"/>
        <source>Open a session</source>
        <translation>Een sessie openen</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="133"/>
        <source>Workshop title</source>
        <translation>Titel van de workshop</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="133"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="133"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="134"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="134"/>
        <source>Language of the workshop</source>
        <translation>Taal van de workshop</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="135"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="135"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="135"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="136"/>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="139"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="140"/>
        <source>Create session (Ctrl+Enter)</source>
        <translation>Sessie maken (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="141"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="142"/>
        <source>Try the demo session</source>
        <translation>Probeer de demosessie</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="143"/>
        <source>Recent sessions (Enter or double-click to open)</source>
        <translation>Recente sessies (Enter of dubbelklik om te openen)</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="144"/>
        <source>About Facilitator</source>
        <translation>Over Facilitator</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="169"/>
        <source>Where should the session file go?</source>
        <translation>Waar moet het sessiebestand komen?</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="196"/>
        <source>Facilitator sessions (*.session);;All files (*)</source>
        <translation>Facilitator-sessies (*.session);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="205"/>
        <source>last change</source>
        <translation>laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../qt/start/start_window.py" line="207"/>
        <source>file missing</source>
        <translation>bestand ontbreekt</translation>
    </message>
</context>
</TS>
