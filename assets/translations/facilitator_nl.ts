<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
  <context>
    <name>AddModuleDialog</name>
    <message>
      <location filename="../../facilitator/qt/console/add_module_dialog.py" line="22" />
      <source>Add a module</source>
      <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/add_module_dialog.py" line="34" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/add_module_dialog.py" line="35" />
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/add_module_dialog.py" line="36" />
      <source>Timebox</source>
      <translation>Tijd</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/add_module_dialog.py" line="37" />
      <source>Question for the room</source>
      <translation>Vraag aan de zaal</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/add_module_dialog.py" line="38" />
      <source>Your script</source>
      <translation>Jouw draaiboek</translation>
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <location filename="../../facilitator/qt/console/agenda_model.py" line="39" />
      <source>Module</source>
      <translation>Onderdeel</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_model.py" line="39" />
      <source>Planned</source>
      <translation>Gepland</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_model.py" line="39" />
      <source>Actual</source>
      <translation>Werkelijk</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_model.py" line="39" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_model.py" line="39" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_model.py" line="42" />
      <source>planned</source>
      <translation>gepland</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_model.py" line="42" />
      <source>running</source>
      <translation>loopt</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_model.py" line="42" />
      <source>paused</source>
      <translation>gepauzeerd</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_model.py" line="43" />
      <source>done</source>
      <translation>klaar</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_model.py" line="43" />
      <source>skipped</source>
      <translation>overgeslagen</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_model.py" line="110" />
      <source>Planned end {planned} · expected end {projected}</source>
      <translation>Gepland einde {planned} · verwacht einde {projected}</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <location filename="../../facilitator/qt/console/agenda_panel.py" line="80" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_panel.py" line="81" />
      <source>Up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_panel.py" line="81" />
      <source>Down</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_panel.py" line="81" />
      <source>Skip</source>
      <translation>Overslaan</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_panel.py" line="81" />
      <source>Add…</source>
      <translation>Toevoegen…</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/agenda_panel.py" line="82" />
      <source>Go to</source>
      <translation>Ga naar</translation>
    </message>
  </context>
  <context>
    <name>CaptureBar</name>
    <message>
      <location filename="../../facilitator/qt/console/capture_bar.py" line="49" />
      <source>Marketing</source>
      <translation>Marketing</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/capture_bar.py" line="49" />
      <source>Sales</source>
      <translation>Verkoop</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/capture_bar.py" line="50" />
      <source>Joint</source>
      <translation>Samen</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/capture_bar.py" line="53" />
      <source>Type what is said and press Enter</source>
      <translation>Typ wat er gezegd wordt en druk op Enter</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/capture_bar.py" line="78" />
      <source>Start a module first: notes belong to a module's board.</source>
      <translation>Start eerst een onderdeel: geeltjes horen bij het bord van een onderdeel.</translation>
    </message>
  </context>
  <context>
    <name>ConsoleWindow</name>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="83" />
      <source>Time is up: {0}</source>
      <translation>De tijd is om: {0}</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="143" />
      <source>&amp;Session</source>
      <translation>&amp;Sessie</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="144" />
      <source>&amp;Agenda</source>
      <translation>&amp;Agenda</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="145" />
      <source>&amp;Timer</source>
      <translation>&amp;Timer</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="146" />
      <source>&amp;Beamer</source>
      <translation>&amp;Beamer</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="147" />
      <source>&amp;Language</source>
      <translation>&amp;Taal</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="148" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="163" />
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="163" />
      <source>Redo</source>
      <translation>Opnieuw</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="163" />
      <source>Start / pause timer</source>
      <translation>Timer starten / pauzeren</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="164" />
      <source>Add one minute</source>
      <translation>Eén minuut erbij</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="164" />
      <source>Add five minutes</source>
      <translation>Vijf minuten erbij</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="165" />
      <source>Reset timer</source>
      <translation>Timer herstarten</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="165" />
      <source>Mute the chime</source>
      <translation>Signaal dempen</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="166" />
      <source>Next module</source>
      <translation>Volgend onderdeel</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="166" />
      <source>Previous module</source>
      <translation>Vorig onderdeel</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="167" />
      <source>Move module up</source>
      <translation>Onderdeel omhoog</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="167" />
      <source>Move module down</source>
      <translation>Onderdeel omlaag</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="168" />
      <source>Skip or restore module</source>
      <translation>Onderdeel overslaan of terugzetten</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="168" />
      <source>Add module…</source>
      <translation>Onderdeel toevoegen…</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="169" />
      <source>Show or hide the beamer</source>
      <translation>Beamer tonen of verbergen</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="169" />
      <source>Swap screens</source>
      <translation>Schermen wisselen</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="170" />
      <source>Black out the beamer</source>
      <translation>Beamer op zwart</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="170" />
      <source>Keyboard shortcuts</source>
      <translation>Sneltoetsen</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="171" />
      <source>Note from marketing</source>
      <translation>Geeltje van marketing</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="171" />
      <source>Note from sales</source>
      <translation>Geeltje van verkoop</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="172" />
      <source>Joint note</source>
      <translation>Gezamenlijk geeltje</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="172" />
      <source>Back to typing</source>
      <translation>Terug naar typen</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="172" />
      <source>Quit</source>
      <translation>Afsluiten</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="178" />
      <source>On the beamer</source>
      <translation>Op de beamer</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="179" />
      <source>Beamer on/off (F5)</source>
      <translation>Beamer aan/uit (F5)</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="179" />
      <source>Swap screens (F6)</source>
      <translation>Schermen wisselen (F6)</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="180" />
      <source>Black out (B)</source>
      <translation>Zwart beeld (B)</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="180" />
      <source>Mute (Ctrl+M)</source>
      <translation>Geluid uit (Ctrl+M)</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="191" />
      <source>all changes saved</source>
      <translation>alles opgeslagen</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="199" />
      <source>Nothing to undo</source>
      <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="206" />
      <source>Nothing to redo</source>
      <translation>Niets om opnieuw te doen</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/window.py" line="253" />
      <source>Not saved</source>
      <translation>Niet opgeslagen</translation>
    </message>
  </context>
  <context>
    <name>KeysOverlay</name>
    <message>
      <location filename="../../facilitator/qt/console/keys_overlay.py" line="9" />
      <source>Keyboard shortcuts</source>
      <translation>Sneltoetsen</translation>
    </message>
  </context>
  <context>
    <name>ModulePanel</name>
    <message>
      <location filename="../../facilitator/qt/console/module_panel.py" line="72" />
      <source>◀ Previous</source>
      <translation>◀ Vorige</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/module_panel.py" line="72" />
      <source>Start / pause</source>
      <translation>Start / pauze</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/module_panel.py" line="72" />
      <source>+1 min</source>
      <translation>+1 min</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/module_panel.py" line="73" />
      <source>+5 min</source>
      <translation>+5 min</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/module_panel.py" line="73" />
      <source>Reset</source>
      <translation>Herstart</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/module_panel.py" line="73" />
      <source>Next ▶</source>
      <translation>Volgende ▶</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/module_panel.py" line="79" />
      <source>Your script</source>
      <translation>Jouw draaiboek</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/module_panel.py" line="90" />
      <source>Not started yet</source>
      <translation>Nog niet begonnen</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/module_panel.py" line="91" />
      <source>Press F9 to start the first module, or double-click a module in the agenda.</source>
      <translation>Druk op F9 om het eerste onderdeel te starten, of dubbelklik op een onderdeel in de agenda.</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/module_panel.py" line="111" />
      <source>Pause</source>
      <translation>Pauzeer</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/console/module_panel.py" line="111" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
  </context>
  <context>
    <name>Room</name>
    <message>
      <location filename="../../facilitator/qt/beamer/frame_builder.py" line="13" />
      <source>M</source>
      <translation>M</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/beamer/frame_builder.py" line="14" />
      <source>S</source>
      <translation>V</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/beamer/frame_builder.py" line="15" />
      <source>J</source>
      <translation>G</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/beamer/frame_builder.py" line="17" />
      <source>Welcome</source>
      <translation>Welkom</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/beamer/frame_builder.py" line="18" />
      <source>Your input will appear here.</source>
      <translation>Jullie inbreng verschijnt hier.</translation>
    </message>
    <message>
      <location filename="../../facilitator/qt/beamer/frame_builder.py" line="19" />
      <source>+{n} earlier</source>
      <translation>+{n} eerder</translation>
    </message>
  </context>
</TS>