<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>%1, QoS %2%3</source>
        <translation>%1, QoS %2%3</translation>
    </message>
    <message>
        <source>, retained: %1</source>
        <translation>, retenue : %1</translation>
    </message>
    <message>
        <source>Answers on</source>
        <translation>Réponses sur</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyée par</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>%1, client %2</source>
        <translation>%1, client %2</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>created %1; TTL %2, ack within %3, result within %4</source>
        <translation>créée %1 ; durée de vie %2, acquittement sous %3, résultat sous %4</translation>
    </message>
    <message>
        <source>To ack</source>
        <translation>Jusqu&apos;à l&apos;acquittement</translation>
    </message>
    <message>
        <source>To result</source>
        <translation>Jusqu&apos;au résultat</translation>
    </message>
    <message>
        <source>Payload sent</source>
        <translation>Contenu envoyé</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Broker code</source>
        <translation>Code du broker</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>Ce qui a été échangé</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
</context>
<context>
    <name>ArgumentCursor</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 attend une valeur.</translation>
    </message>
    <message>
        <source>%1 expects a number between %2 and %3, not &quot;%4&quot;.</source>
        <translation>%1 attend un nombre entre %2 et %3, pas « %4 ».</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>mosquitto_sub did not subscribe (is mosquitto-clients installed?)</source>
        <translation>mosquitto_sub ne s&apos;est pas abonné (mosquitto-clients est-il installé ?)</translation>
    </message>
    <message>
        <source>the %1 subscriber did not start: %2</source>
        <translation>l&apos;abonné %1 n&apos;a pas démarré : %2</translation>
    </message>
    <message>
        <source>%1 expects a number between %2 and %3.</source>
        <translation>%1 attend un nombre entre %2 et %3.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli bench --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli bench --help.</translation>
    </message>
    <message>
        <source>run %1, %2: %3</source>
        <translation>essai %1, %2 : %3</translation>
    </message>
    <message>
        <source>  engine rate       %1 msg/s
  mosquitto_sub     %2 msg/s   (reference)
  bare Paho C++     %3 msg/s
  ratio             %4 of mosquitto_sub (Paho alone: %5; engine/Paho: %6)
  peak RSS          %7 KiB
  RSS per topic     %8 bytes
</source>
        <translation>  débit du moteur   %1 msg/s
  mosquitto_sub     %2 msg/s   (référence)
  Paho C++ seul     %3 msg/s
  rapport           %4 de mosquitto_sub (Paho seul : %5 ; moteur/Paho : %6)
  RSS maximal       %7 Kio
  RSS par topic     %8 octets
</translation>
    </message>
    <message>
        <source>--consumers: unknown consumer &quot;%1&quot;; choose among %2.</source>
        <translation>--consumers : consommateur « %1 » inconnu ; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>--consumers needs at least one of %1.</source>
        <translation>--consumers demande au moins un de %1.</translation>
    </message>
    <message>
        <source>mqttdeck-cli sub did not subscribe: %1</source>
        <translation>mqttdeck-cli sub ne s&apos;est pas abonné : %1</translation>
    </message>
    <message>
        <source>%1 did not receive every message</source>
        <translation>%1 n&apos;a pas reçu tous les messages</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation>%1 a échoué (code de sortie %2)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>  CPU per message   (user + system of the consumer&apos;s process, median)
    mosquitto_sub   %1
    bare Paho C++   %2
    engine          %3   (engine/Paho: %4; target &lt;= 1.10)
    engine, no stage %5  (stage interface: %6 per message; rate with stages / without: %7)
    mqttdeck-cli sub %8  (rate %9 msg/s; sub/Paho: %10; target &gt;= 0.95)
</source>
        <translation>  CPU par message   (utilisateur + système du processus, médiane)
    mosquitto_sub   %1
    Paho C++ seul   %2
    moteur          %3   (moteur/Paho : %4 ; objectif &lt;= 1,10)
    moteur sans étage %5  (interface des étages : %6 par message ; débit avec étages / sans : %7)
    mqttdeck-cli sub %8  (débit %9 msg/s ; sub/Paho : %10 ; objectif &gt;= 0,95)
</translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli bench [--messages N] [--topics T] [--qos 0|1] [--payload BYTES]
                          [--runs R] [--history N] [--consumers LIST] [--mqtt5] [--json]
Starts a local mosquitto (unlimited queues), publishes N messages over T topics
from a raw-socket load generator, and measures on the same load, one after the
other: mosquitto_sub (reference), a bare Paho C++ callback, MQTT Deck&apos;s engine
(session + engine + topic tree + live feed + an idle stage), the same engine without
stages (the stage interface&apos;s cost is the difference) and mqttdeck-cli sub -t &apos;#&apos;
printing to /dev/null. Prints medians of R runs: rates, and the CPU time (user +
system) each consumer&apos;s process spent per message. All speak MQTT 3.1.1
(mosquitto_sub&apos;s default), or MQTT 5 with --mqtt5.
Defaults: 1000000 messages, 100000 topics, QoS 0, 60-byte payloads, 3 runs,
history of 20 messages per topic.
</source>
        <translation>Utilisation : mqttdeck-cli bench [--messages N] [--topics T] [--qos 0|1] [--payload OCTETS]
                            [--runs R] [--history N] [--consumers LISTE] [--mqtt5] [--json]
Démarre un mosquitto local (files illimitées), publie N messages sur T topics
depuis un générateur de charge sur socket brute, et mesure sur la même charge, l&apos;un
après l&apos;autre : mosquitto_sub (référence), un simple callback Paho C++, le moteur
de MQTT Deck (session + moteur + arbre des topics + flux en direct + un étage inactif),
le même moteur sans étage (le coût de l&apos;interface des étages est la différence) et
mqttdeck-cli sub -t &apos;#&apos; écrivant dans /dev/null. Affiche les médianes de R essais : débits,
et le temps CPU (utilisateur + système) dépensé par message par le processus de chacun. Tous parlent MQTT 3.1.1
(par défaut pour mosquitto_sub), ou MQTT 5 avec --mqtt5.
Par défaut : 1000000 messages, 100000 topics, QoS 0, contenus de 60 octets, 3 essais,
historique de 20 messages par topic.
</translation>
    </message>
    <message>
        <source>MQTT Deck ingest benchmark (median of %1 runs)
  load              %2 messages, %3 topics, QoS %4, %5-byte payloads, MQTT %10
  sent              %2
  received          %6
  applied           %7
  lost              %8 (dropped at the hand-off queue: %9)
</source>
        <translation>Banc d&apos;ingestion MQTT Deck (médiane de %1 essais)
  charge            %2 messages, %3 topics, QoS %4, contenus de %5 octets, MQTT %10
  envoyés           %2
  reçus             %6
  appliqués         %7
  perdus            %8 (rejetés par la file de transfert : %9)
</translation>
    </message>
    <message>
        <source>    engine + fleet  %1  (fleet stage, 10,000 devices: %2 per message; rate %3 msg/s, fleet/Paho: %4)
</source>
        <translation>    moteur + flotte %1  (étage flotte, 10 000 équipements : %2 par message ; débit %3 msg/s, flotte/Paho : %4)
</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Usage: mqttdeck-cli COMMAND [options]

Commands:
  sub     subscribe and print messages (flags as mosquitto_sub)
  pub     publish messages (flags as mosquitto_pub)
  fleet   the devices a broker&apos;s traffic shows: online, offline, stale
  retained the retained values a broker keeps, and their anti-patterns
  sparkplug rebirth: ask a Sparkplug B edge node to be born again
  command send a command to a device and follow it through its ack and result
  journal the command journal: list, show, export, verify
  acl-probe what an identity may subscribe, read and publish, with evidence
  check   the security acceptance checklist of a broker for one identity
  doctor  dns, tcp, tls, connect, subscribe, round trip: where a connection breaks
  cert    the broker&apos;s certificate chain and the client&apos;s, with warnings
  sim     simulate a fleet of devices publishing to a broker
  bench   measure the ingest path against a local mosquitto
  trace   the packets of a connection both ways, as they cross (TCP, TLS); --decode:
          decode raw MQTT packets from standard input, one JSON line each

mqttdeck-cli COMMAND --help shows the options of a command.
Exit codes: 0 done, 1 bad arguments, 2 could not connect, 3 refused by the broker,
4 connection lost, 5 timed out (-W); command, journal, trace, acl-probe, check, doctor
and cert add theirs (see their --help).
</source>
        <translation>Utilisation : mqttdeck-cli COMMANDE [options]

Commandes :
  sub     s&apos;abonner et afficher les messages (options de mosquitto_sub)
  pub     publier des messages (options de mosquitto_pub)
  fleet   les équipements du trafic d&apos;un broker : en ligne, hors ligne, muets
  retained les valeurs retenues que garde un broker, et leurs travers
  sparkplug rebirth : demander à un nœud Sparkplug B de renaître
  command commander un équipement et suivre son acquittement et son résultat
  journal le journal des commandes : list, show, export, verify
  acl-probe les droits d&apos;une identité (s&apos;abonner, lire, publier), avec preuves
  check   la liste de recette sécurité d&apos;un broker pour une identité
  doctor  dns, tcp, tls, connect, subscribe, aller-retour : où une connexion casse
  cert    la chaîne de certificats du broker et celle du client, avec avertissements
  sim     simuler une flotte d&apos;équipements qui publient vers un broker
  bench   mesurer le chemin d&apos;ingestion face à un mosquitto local
  trace   les paquets d&apos;une connexion dans les deux sens, au passage (TCP, TLS) ;
          --decode : décoder des paquets MQTT bruts de l&apos;entrée standard, un JSON chacun

mqttdeck-cli COMMANDE --help affiche les options d&apos;une commande.
Codes de sortie : 0 terminé, 1 arguments invalides, 2 connexion impossible,
3 refus du broker, 4 connexion perdue, 5 délai dépassé (-W) ; command, journal,
trace, acl-probe, check, doctor et cert ajoutent les leurs (voir leur --help).
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Commands: sub, pub, fleet, retained, sparkplug, command, journal, trace, acl-probe, check, doctor, cert, sim, bench.</source>
        <translation>commande inconnue « %1 ». Commandes : sub, pub, fleet, retained, sparkplug, command, journal, trace, acl-probe, check, doctor, cert, sim, bench.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>connection refused by the broker: %1 (%2). %3</source>
        <translation>connexion refusée par le broker : %1 (%2). %3</translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation>connexion impossible : %1</translation>
    </message>
    <message>
        <source>  detail: %1</source>
        <translation>  détail : %1</translation>
    </message>
    <message>
        <source>the broker closed the connection: %1 (%2). %3%4</source>
        <translation>le broker a fermé la connexion : %1 (%2). %3%4</translation>
    </message>
    <message>
        <source>Broker says: %1</source>
        <translation>Le broker indique : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: asked for QoS %2, the broker granted QoS %3.</source>
        <translation>« %1 » : QoS %2 demandée, le broker a accordé la QoS %3.</translation>
    </message>
    <message>
        <source>subscription to &quot;%1&quot; refused: %2 (%3). %4</source>
        <translation>abonnement à « %1 » refusé : %2 (%3). %4</translation>
    </message>
    <message>
        <source>subscription to &quot;%1&quot; not answered: %2</source>
        <translation>abonnement à « %1 » sans réponse : %2</translation>
    </message>
</context>
<context>
    <name>CommandBuilder</name>
    <message>
        <source>say where the command goes: a device (--target) or a topic (--topic), one of the two.</source>
        <translation>dites où va la commande : un équipement (--target) ou un topic (--topic), l&apos;un des deux.</translation>
    </message>
    <message>
        <source>the topic &quot;%1&quot; contains a wildcard (+ or #): a command goes to one topic, named in full.</source>
        <translation>le topic « %1 » contient un joker (+ ou #) : une commande va à un seul topic, nommé en entier.</translation>
    </message>
    <message>
        <source>with --topic, say the convention (--convention stream|devices|mqtt5|sparkplug) or use a template that has one.</source>
        <translation>avec --topic, indiquez la convention (--convention stream|devices|mqtt5|sparkplug) ou utilisez un modèle qui en a une.</translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; requires a reason (--reason): say why it is sent.</source>
        <translation>le modèle « %1 » exige une raison (--reason) : dites pourquoi il est envoyé.</translation>
    </message>
    <message>
        <source>a command is not retained: a retained command would run again on every device that subscribes later. To retain it anyway, give the reason (--retain-reason).</source>
        <translation>une commande n&apos;est pas retenue : une commande retenue serait exécutée à nouveau par chaque équipement qui s&apos;abonne plus tard. Pour la retenir malgré tout, donnez la raison (--retain-reason).</translation>
    </message>
    <message>
        <source>QoS must be 0, 1 or 2.</source>
        <translation>La QoS doit valoir 0, 1 ou 2.</translation>
    </message>
    <message>
        <source>the payload of &quot;%1&quot; uses an unknown placeholder {{%2}}.</source>
        <translation>le contenu de « %1 » utilise un paramètre inconnu {{%2}}.</translation>
    </message>
    <message>
        <source>the payload is not JSON (%1 at offset %2), and the %3 convention needs JSON: the device finds the command_id in it.</source>
        <translation>le contenu n&apos;est pas du JSON (%1 à la position %2), et la convention %3 exige du JSON : l&apos;équipement y trouve le command_id.</translation>
    </message>
    <message>
        <source>the payload does not carry the command id ({{command_id}}): the device&apos;s answers could not be matched to the command.</source>
        <translation>le contenu ne porte pas l&apos;identifiant de la commande ({{command_id}}) : les réponses de l&apos;équipement ne pourraient pas lui être associées.</translation>
    </message>
</context>
<context>
    <name>CommandDetail</name>
    <message>
        <source>the broker&apos;s answer, after the device&apos;s</source>
        <translation>la réponse du broker, après celle de l&apos;appareil</translation>
    </message>
    <message>
        <source>duplicate answer (recorded, ignored)</source>
        <translation>réponse en double (enregistrée, ignorée)</translation>
    </message>
    <message>
        <source>late answer (the command was finished)</source>
        <translation>réponse tardive (la commande était terminée)</translation>
    </message>
    <message>
        <source>answer for an unknown command</source>
        <translation>réponse pour une commande inconnue</translation>
    </message>
    <message>
        <source>unexpected answer (the state cannot take it)</source>
        <translation>réponse inattendue (l&apos;état ne peut pas la prendre)</translation>
    </message>
</context>
<context>
    <name>CommandJournal</name>
    <message>
        <source>the command %1</source>
        <translation>la commande %1</translation>
    </message>
    <message>
        <source>the event %1 of %2 (%3)</source>
        <translation>l&apos;événement %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>no command</source>
        <translation>aucune commande</translation>
    </message>
    <message>
        <source>%1 is not an MQTT Deck journal: it is not an SQLite database.</source>
        <translation>%1 n&apos;est pas un journal MQTT Deck : ce n&apos;est pas une base SQLite.</translation>
    </message>
    <message>
        <source>%1 is not an MQTT Deck journal: it is an SQLite database with other tables (%2). Choose the journal file (journal.sqlite).</source>
        <translation>%1 n&apos;est pas un journal MQTT Deck : c&apos;est une base SQLite avec d&apos;autres tables (%2). Choisissez le fichier du journal (journal.sqlite).</translation>
    </message>
    <message>
        <source>the journal</source>
        <translation>le journal</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Le journal n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>prepare the journal</source>
        <translation>préparer le journal</translation>
    </message>
    <message>
        <source>record the command %1</source>
        <translation>enregistrer la commande %1</translation>
    </message>
    <message>
        <source>record what became of commands</source>
        <translation>enregistrer ce que sont devenues les commandes</translation>
    </message>
    <message>
        <source>read the command journal</source>
        <translation>lire le journal des commandes</translation>
    </message>
    <message>
        <source>entry #%1 (%2) was inserted: it is not part of the chain that entry #%3 continues.</source>
        <translation>l&apos;entrée n°%1 (%2) a été insérée : elle ne fait pas partie de la chaîne que poursuit l&apos;entrée n°%3.</translation>
    </message>
    <message>
        <source>entry #%1 was removed: the entry after #%2 is #%3 (%4).</source>
        <translation>l&apos;entrée n°%1 a été supprimée : l&apos;entrée qui suit la n°%2 est la n°%3 (%4).</translation>
    </message>
    <message>
        <source>entry #%1 (%2) was changed: its hash does not match its contents and the entry before it.</source>
        <translation>l&apos;entrée n°%1 (%2) a été modifiée : son empreinte ne correspond pas à son contenu et à l&apos;entrée qui la précède.</translation>
    </message>
    <message>
        <source>entry #%1 was removed: the journal recorded %2 entries, %3 remain.</source>
        <translation>l&apos;entrée n°%1 a été supprimée : le journal avait enregistré %2 entrées, il en reste %3.</translation>
    </message>
    <message>
        <source>entry #%1 was inserted after the last entry the journal recorded (#%2).</source>
        <translation>l&apos;entrée n°%1 a été insérée après la dernière entrée enregistrée par le journal (n°%2).</translation>
    </message>
</context>
<context>
    <name>CommandState</name>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acquittée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>issue inconnue</translation>
    </message>
</context>
<context>
    <name>CommandTracker</name>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>the broker acknowledged the publish</source>
        <translation>le broker a acquitté la publication</translation>
    </message>
    <message>
        <source>written to the connection (QoS 0: the broker does not answer)</source>
        <translation>écrite sur la connexion (QoS 0 : le broker ne répond pas)</translation>
    </message>
    <message>
        <source>not delivered to the broker: %1</source>
        <translation>non remise au broker : %1</translation>
    </message>
    <message>
        <source>cancelled by the operator</source>
        <translation>annulée par l&apos;opérateur</translation>
    </message>
    <message>
        <source>the same answer again</source>
        <translation>la même réponse, à nouveau</translation>
    </message>
    <message>
        <source>an answer after the command ended as %1</source>
        <translation>une réponse après que la commande s&apos;est terminée en %1</translation>
    </message>
    <message>
        <source>sent (a device answered before the broker&apos;s acknowledgement was handled)</source>
        <translation>envoyée (un équipement a répondu avant que l&apos;acquittement du broker soit traité)</translation>
    </message>
    <message>
        <source>a rejection after the command was accepted</source>
        <translation>un refus après que la commande a été acceptée</translation>
    </message>
    <message>
        <source>the device accepted the command</source>
        <translation>l&apos;équipement a accepté la commande</translation>
    </message>
    <message>
        <source>the device rejected the command</source>
        <translation>l&apos;équipement a refusé la commande</translation>
    </message>
    <message>
        <source>the device runs the command</source>
        <translation>l&apos;équipement exécute la commande</translation>
    </message>
    <message>
        <source>the device says the command is done</source>
        <translation>l&apos;équipement dit que la commande est terminée</translation>
    </message>
    <message>
        <source>the device says the command failed</source>
        <translation>l&apos;équipement dit que la commande a échoué</translation>
    </message>
    <message>
        <source>the next data message after the command</source>
        <translation>le message de données suivant la commande</translation>
    </message>
    <message>
        <source>an answer without a command_id</source>
        <translation>une réponse sans command_id</translation>
    </message>
    <message>
        <source>an answer for a command this connection did not send</source>
        <translation>une réponse pour une commande que cette connexion n&apos;a pas envoyée</translation>
    </message>
    <message>
        <source>an answer whose status &quot;%1&quot; does not fit this topic</source>
        <translation>une réponse dont le statut « %1 » ne convient pas à ce topic</translation>
    </message>
    <message>
        <source>no data message from the node within %1 s</source>
        <translation>aucun message de données du nœud en %1 s</translation>
    </message>
    <message>
        <source>its time to live (%1 s) passed before an ack</source>
        <translation>sa durée de vie (%1 s) s&apos;est écoulée avant un acquittement</translation>
    </message>
    <message>
        <source>no ack within %1 s</source>
        <translation>aucun acquittement en %1 s</translation>
    </message>
    <message>
        <source>no result within %1 s of the ack</source>
        <translation>aucun résultat dans les %1 s suivant l&apos;acquittement</translation>
    </message>
</context>
<context>
    <name>ConnectionArguments</name>
    <message numerus="yes">
        <source>%1 needs %n value(s).</source>
        <translation>
            <numerusform>%1 attend %n valeur.</numerusform>
            <numerusform>%1 attend %n valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 expects a number between %2 and %3, not &quot;%4&quot;.</source>
        <translation>%1 attend un nombre entre %2 et %3, pas « %4 ».</translation>
    </message>
    <message>
        <source>-D needs a command, a property name and a value, for example: -D connect session-expiry-interval 3600</source>
        <translation>-D attend une commande, un nom de propriété et une valeur, par exemple : -D connect session-expiry-interval 3600</translation>
    </message>
    <message>
        <source>-D %1 user-property needs a name and a value.</source>
        <translation>-D %1 user-property attend un nom et une valeur.</translation>
    </message>
    <message>
        <source>-D: unknown command &quot;%1&quot;; use connect, publish, subscribe or will.</source>
        <translation>-D : commande « %1 » inconnue ; utilisez connect, publish, subscribe ou will.</translation>
    </message>
    <message>
        <source>-D %1: the property &quot;%2&quot; is not supported there.</source>
        <translation>-D %1 : la propriété « %2 » n&apos;est pas prise en charge à cet endroit.</translation>
    </message>
    <message>
        <source>-V expects mqttv5 or mqttv311, not &quot;%1&quot; (MQTT 3.1 is not supported).</source>
        <translation>-V attend mqttv5 ou mqttv311, pas « %1 » (MQTT 3.1 n&apos;est pas pris en charge).</translation>
    </message>
    <message>
        <source>--transport expects tcp, tls, ws or wss, not &quot;%1&quot;.</source>
        <translation>--transport attend tcp, tls, ws ou wss, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot;: %3.</source>
        <translation>%1 : impossible de lire « %2 » : %3.</translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>Mot de passe pour %1@%2 : </translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(sans nom d&apos;utilisateur)</translation>
    </message>
    <message>
        <source>--pw-prompt: there is no terminal to ask on. Use --pw-file FILE or the MQTTDECK_PASSWORD environment variable instead.</source>
        <translation>--pw-prompt : aucun terminal où le demander. Utilisez plutôt --pw-file FICHIER ou la variable d&apos;environnement MQTTDECK_PASSWORD.</translation>
    </message>
    <message>
        <source>Passphrase of the private key %1: </source>
        <translation>Phrase secrète de la clé privée %1 : </translation>
    </message>
    <message>
        <source>--key-passphrase-prompt: there is no terminal to ask on. Use --key-passphrase-file FILE or the MQTTDECK_KEY_PASSPHRASE environment variable instead.</source>
        <translation>--key-passphrase-prompt : aucun terminal où la demander. Utilisez plutôt --key-passphrase-file FICHIER ou la variable d&apos;environnement MQTTDECK_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>-L expects a URL such as mqtt://user@host:1883/topic (schemes mqtt, mqtts, ws, wss), not &quot;%1&quot;.</source>
        <translation>-L attend une URL comme mqtt://utilisateur@hôte:1883/topic (schémas mqtt, mqtts, ws, wss), pas « %1 ».</translation>
    </message>
    <message>
        <source>-L &quot;%1&quot; names no topic: add it after the host, e.g. mqtt://host/site/%2 for site/#.</source>
        <translation>-L « %1 » ne nomme aucun topic : ajoutez-le après l&apos;hôte, par exemple mqtt://hôte/site/%2 pour site/#.</translation>
    </message>
    <message>
        <source>Connection:
  -L, --url URL               mqtt(s)://[user[:password]@]host[:port]/topic, or ws(s)://…
  -h, --host HOST             broker host (default localhost)
  -p, --port PORT             broker port (default 1883, 8883 for TLS)
      --transport T           tcp, tls, ws or wss (default tcp; tls when --cafile or --cert is given)
      --ws-path PATH          WebSocket path (default /mqtt)
  -V, --protocol-version V    mqttv5 (default) or mqttv311
  -i, --id ID                 client id (default: generated)
  -I, --id-prefix PREFIX      client id made of PREFIX and random characters
  -u, --username USER         user name
  -P, --pw PASSWORD           password (visible to every user in the process list:
                              prefer one of the three below)
      --pw-file FILE          password from the first line of FILE
      --pw-prompt             ask for the password on the terminal
      (environment)           MQTTDECK_PASSWORD, used when no flag gives one
  -k, --keepalive SECONDS     keep alive (default 60)
  -c, --disable-clean-session keep the session (MQTT 5: forever unless -x)
  -x, --session-expiry SEC    MQTT 5 session expiry interval
      --connect-timeout SEC   give up connecting after SEC seconds (default 10)
      --no-reconnect          do not reconnect after the connection is lost
TLS:
      --cafile FILE           trusted CA certificates (PEM); default: system store
      --cert FILE             client certificate (PEM) for mutual TLS
      --key FILE              client private key (PEM)
      --key-passphrase PASS   passphrase of an encrypted private key (visible in the process list)
      --key-passphrase-file FILE, --key-passphrase-prompt, or MQTTDECK_KEY_PASSPHRASE:
                              the same without showing it
      --insecure              do not check that the certificate names the host
      --no-verify-peer        do not check the broker&apos;s certificate at all
Last Will:
      --will-topic TOPIC      --will-payload TEXT   --will-qos 0|1|2   --will-retain
MQTT 5 properties (-D, --property):
  -D connect session-expiry-interval|receive-maximum|maximum-packet-size N
  -D connect user-property NAME VALUE
  -D will will-delay-interval N | content-type T | ... (as publish)
  -D publish content-type T | payload-format-indicator 0|1 |
             message-expiry-interval N | response-topic T |
             correlation-data D | user-property NAME VALUE
  -D subscribe subscription-identifier N
</source>
        <translation>Connexion :
  -L, --url URL               mqtt(s)://[utilisateur[:mot_de_passe]@]hôte[:port]/topic, ou ws(s)://…
  -h, --host HÔTE             hôte du broker (par défaut localhost)
  -p, --port PORT             port du broker (par défaut 1883, 8883 en TLS)
      --transport T           tcp, tls, ws ou wss (par défaut tcp ; tls si --cafile ou --cert est donné)
      --ws-path CHEMIN        chemin WebSocket (par défaut /mqtt)
  -V, --protocol-version V    mqttv5 (par défaut) ou mqttv311
  -i, --id ID                 identifiant client (par défaut : généré)
  -I, --id-prefix PRÉFIXE     identifiant client formé de PRÉFIXE et de caractères aléatoires
  -u, --username UTILISATEUR  nom d&apos;utilisateur
  -P, --pw MOT_DE_PASSE       mot de passe (visible de tous les utilisateurs dans la liste des processus :
                              préférez l&apos;une des trois options suivantes)
      --pw-file FICHIER       mot de passe lu sur la première ligne de FICHIER
      --pw-prompt             demander le mot de passe sur le terminal
      (environnement)         MQTTDECK_PASSWORD, utilisée quand aucune option n&apos;en donne
  -k, --keepalive SECONDES    keep alive (par défaut 60)
  -c, --disable-clean-session conserver la session (MQTT 5 : sans fin sauf avec -x)
  -x, --session-expiry SEC    expiration de session MQTT 5
      --connect-timeout SEC   abandonner la connexion après SEC secondes (par défaut 10)
      --no-reconnect          ne pas se reconnecter après une perte de connexion
TLS :
      --cafile FICHIER        certificats d&apos;AC de confiance (PEM) ; par défaut : magasin du système
      --cert FICHIER          certificat client (PEM) pour le TLS mutuel
      --key FICHIER           clé privée du client (PEM)
      --key-passphrase PHRASE phrase secrète d&apos;une clé privée chiffrée (visible dans la liste des processus)
      --key-passphrase-file FICHIER, --key-passphrase-prompt, ou MQTTDECK_KEY_PASSPHRASE :
                              la même sans la montrer
      --insecure              ne pas vérifier que le certificat nomme l&apos;hôte
      --no-verify-peer        ne pas vérifier du tout le certificat du broker
Dernière volonté (Last Will) :
      --will-topic TOPIC      --will-payload TEXTE   --will-qos 0|1|2   --will-retain
Propriétés MQTT 5 (-D, --property) :
  -D connect session-expiry-interval|receive-maximum|maximum-packet-size N
  -D connect user-property NOM VALEUR
  -D will will-delay-interval N | content-type T | ... (comme publish)
  -D publish content-type T | payload-format-indicator 0|1 |
             message-expiry-interval N | response-topic T |
             correlation-data D | user-property NOM VALEUR
  -D subscribe subscription-identifier N
</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>The broker host is empty. Enter a host name or an address such as 127.0.0.1.</source>
        <translation>L&apos;hôte du broker est vide. Saisissez un nom d&apos;hôte ou une adresse comme 127.0.0.1.</translation>
    </message>
    <message>
        <source>The broker host &quot;%1&quot; contains spaces. Remove them.</source>
        <translation>L&apos;hôte du broker « %1 » contient des espaces. Supprimez-les.</translation>
    </message>
    <message>
        <source>The broker host &quot;%1&quot; looks like a URI. Enter only the host name and choose the transport separately.</source>
        <translation>L&apos;hôte du broker « %1 » ressemble à une URI. Saisissez seulement le nom d&apos;hôte et choisissez le transport à part.</translation>
    </message>
    <message>
        <source>The broker host &quot;%1&quot; is not a valid host name.</source>
        <translation>L&apos;hôte du broker « %1 » n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>The port %1 is out of range. Use a port between 1 and 65535 (1883 for MQTT, 8883 for MQTT over TLS).</source>
        <translation>Le port %1 est hors limites. Utilisez un port entre 1 et 65535 (1883 pour MQTT, 8883 pour MQTT sur TLS).</translation>
    </message>
    <message>
        <source>The WebSocket path &quot;%1&quot; is not a plain URL path (such as /mqtt).</source>
        <translation>Le chemin WebSocket « %1 » n&apos;est pas un simple chemin d&apos;URL (comme /mqtt).</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>identifiant client</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 cannot send a password without a user name. Enter a user name or use MQTT 5.</source>
        <translation>MQTT 3.1.1 ne peut pas envoyer de mot de passe sans nom d&apos;utilisateur. Saisissez un nom d&apos;utilisateur ou utilisez MQTT 5.</translation>
    </message>
    <message>
        <source>The keep alive %1 s is out of range (0 to 65535 seconds).</source>
        <translation>Le keep alive de %1 s est hors limites (0 à 65535 secondes).</translation>
    </message>
    <message>
        <source>The connect timeout must be at least one second.</source>
        <translation>Le délai de connexion doit être d&apos;au moins une seconde.</translation>
    </message>
    <message>
        <source>Session expiry is an MQTT 5 option. Use MQTT 5, or clean session off for a persistent MQTT 3.1.1 session.</source>
        <translation>L&apos;expiration de session est une option MQTT 5. Utilisez MQTT 5, ou désactivez clean session pour une session MQTT 3.1.1 persistante.</translation>
    </message>
    <message>
        <source>User properties, receive maximum and maximum packet size are MQTT 5 options. Use MQTT 5 or remove them.</source>
        <translation>Les propriétés utilisateur, le receive maximum et la taille maximale de paquet sont des options MQTT 5. Utilisez MQTT 5 ou retirez-les.</translation>
    </message>
    <message>
        <source>The receive maximum must be at least 1.</source>
        <translation>Le receive maximum doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>The maximum packet size must be at least 1 byte.</source>
        <translation>La taille maximale de paquet doit être d&apos;au moins 1 octet.</translation>
    </message>
    <message>
        <source>Last Will: %1</source>
        <translation>Dernière volonté : %1</translation>
    </message>
    <message>
        <source>The Last Will QoS must be 0, 1 or 2.</source>
        <translation>La QoS de la dernière volonté doit être 0, 1 ou 2.</translation>
    </message>
    <message>
        <source>A Last Will payload or retain flag was given without a will topic. Add the will topic.</source>
        <translation>Un contenu ou un indicateur retain de dernière volonté a été donné sans topic de dernière volonté. Ajoutez le topic.</translation>
    </message>
    <message>
        <source>The reconnect delays are inconsistent: the minimum must be positive and not above the maximum.</source>
        <translation>Les délais de reconnexion sont incohérents : le minimum doit être positif et ne pas dépasser le maximum.</translation>
    </message>
    <message>
        <source>Certificate files were given but the transport is %1 (no TLS). Choose tls or wss, or remove the files.</source>
        <translation>Des fichiers de certificat ont été donnés mais le transport est %1 (sans TLS). Choisissez tls ou wss, ou retirez les fichiers.</translation>
    </message>
    <message>
        <source>A persistent session (clean session off) needs a fixed client id: the broker finds the session by it, and a session under a random id would stay on the broker with nobody to resume it. Enter a client id (-i).</source>
        <translation>Une session persistante (clean session désactivé) demande un identifiant client fixe : le broker retrouve la session par lui, et une session sous un identifiant aléatoire resterait sur le broker sans que personne ne puisse la reprendre. Saisissez un identifiant client (-i).</translation>
    </message>
</context>
<context>
    <name>Conventions</name>
    <message>
        <source>the target &quot;%1&quot; contains a wildcard (+ or #): a command goes to one device, named in full.</source>
        <translation>la cible « %1 » contient un joker (+ ou #) : une commande va à un seul équipement, nommé en entier.</translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; has an empty topic level (no leading, trailing or double &apos;/&apos;).</source>
        <translation>la cible « %1 » a un niveau de topic vide (pas de « / » au début, à la fin ni doublé).</translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; is not a device prefix: expected {env}/{tenant}/{site}/{area}/{asset}, devices/{id} or spBv1.0/{group}/{node}[/{device}].</source>
        <translation>la cible « %1 » n&apos;est pas un préfixe d&apos;équipement : attendu {env}/{tenant}/{site}/{area}/{asset}, devices/{id} ou spBv1.0/{group}/{node}[/{device}].</translation>
    </message>
    <message>
        <source>the topic &quot;%1&quot; cannot carry a command: %2</source>
        <translation>le topic « %1 » ne peut pas porter une commande : %2</translation>
    </message>
    <message>
        <source>for the stream convention the topic must end in /command/NAME (&quot;%1&quot; does not).</source>
        <translation>pour la convention stream, le topic doit finir par /command/NOM (« %1 » ne le fait pas).</translation>
    </message>
    <message>
        <source>for the devices convention the topic must be devices/ID/commands/NAME (&quot;%1&quot; is not).</source>
        <translation>pour la convention devices, le topic doit être devices/ID/commands/NOM (« %1 » ne l&apos;est pas).</translation>
    </message>
    <message>
        <source>for Sparkplug B the topic must be spBv1.0/GROUP/NCMD/NODE or spBv1.0/GROUP/DCMD/NODE/DEVICE (&quot;%1&quot; is not).</source>
        <translation>pour Sparkplug B, le topic doit être spBv1.0/GROUPE/NCMD/NŒUD ou spBv1.0/GROUPE/DCMD/NŒUD/ÉQUIPEMENT (« %1 » ne l&apos;est pas).</translation>
    </message>
    <message>
        <source>the command name &quot;%1&quot; must be one topic level (not empty, no /, + or #).</source>
        <translation>le nom de commande « %1 » doit être un seul niveau de topic (non vide, sans /, + ni #).</translation>
    </message>
    <message>
        <source>the Sparkplug B convention needs a target spBv1.0/GROUP/NODE[/DEVICE] (&quot;%1&quot; is not one).</source>
        <translation>la convention Sparkplug B exige une cible spBv1.0/GROUPE/NŒUD[/ÉQUIPEMENT] (« %1 » n&apos;en est pas une).</translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; is a Sparkplug B node or device: use the sparkplug convention.</source>
        <translation>la cible « %1 » est un nœud ou un équipement Sparkplug B : utilisez la convention sparkplug.</translation>
    </message>
    <message>
        <source>the devices convention needs a target devices/ID (&quot;%1&quot; is not one).</source>
        <translation>la convention devices exige une cible devices/ID (« %1 » n&apos;en est pas une).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a command under the devices convention: devices/ID/commands/%1 is where the answers come.</source>
        <translation>« %1 » ne peut pas nommer une commande dans la convention devices : devices/ID/commands/%1 est l&apos;endroit où arrivent les réponses.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Check that the file and its folder are writable.</source>
        <translation>Vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <source>Another program (or another MQTT Deck) is using the file; close it and try again.</source>
        <translation>Un autre programme (ou un autre MQTT Deck) utilise le fichier ; fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Libérez de l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and are writable.</source>
        <translation>Vérifiez que le fichier et son dossier existent et sont accessibles en écriture.</translation>
    </message>
    <message>
        <source>The file is damaged: move it away and MQTT Deck will start a new one.</source>
        <translation>Le fichier est endommagé : déplacez-le et MQTT Deck en commencera un nouveau.</translation>
    </message>
    <message>
        <source>The disk reported an error; check it and try again.</source>
        <translation>Le disque a signalé une erreur ; vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3 (SQLite).</source>
        <translation>Opération impossible (%1) dans %2 : %3 (SQLite).</translation>
    </message>
    <message>
        <source>read the schema version of %1</source>
        <translation>lire la version du schéma de %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for %2. Check that its parent folder is writable.</source>
        <translation>Impossible de créer le dossier %1 pour %2. Vérifiez que son dossier parent est accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 does not exist, so %2 cannot be read.</source>
        <translation>%1 n&apos;existe pas : impossible de lire %2.</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>ouvrir %1</translation>
    </message>
    <message>
        <source>%1 cannot hold %2: it is not an SQLite database (damaged, or another program&apos;s file). Nothing was changed; move it away (or choose another file) and MQTT Deck will start a new one.</source>
        <translation>%1 ne peut pas contenir %2 : ce n&apos;est pas une base SQLite (fichier endommagé, ou d&apos;un autre programme). Rien n&apos;a été modifié ; déplacez-le (ou choisissez un autre fichier) et MQTT Deck en commencera un nouveau.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lire %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer MQTT Deck (schema %2, this build knows %3); nothing was changed. Update MQTT Deck, or choose another file for %4.</source>
        <translation>%1 a été écrit par un MQTT Deck plus récent (schéma %2, cette version connaît le %3) ; rien n&apos;a été modifié. Mettez MQTT Deck à jour, ou choisissez un autre fichier pour %4.</translation>
    </message>
    <message>
        <source>%1 holds %2 in an older schema (%3, this build needs %4) and is opened read-only, so it cannot be updated.</source>
        <translation>%1 contient %2 dans un schéma plus ancien (%3, cette version demande le %4) et est ouvert en lecture seule : il ne peut pas être mis à jour.</translation>
    </message>
    <message>
        <source>prepare %1</source>
        <translation>préparer %1</translation>
    </message>
    <message>
        <source>update %1 to schema %2 (%3)</source>
        <translation>mettre %1 au schéma %2 (%3)</translation>
    </message>
</context>
<context>
    <name>DeviceRules</name>
    <message>
        <source>no preset is called &quot;%1&quot;; choose among %2.</source>
        <translation>aucun préréglage ne s&apos;appelle « %1 » ; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>the rules are not JSON: %1 at byte %2.</source>
        <translation>les règles ne sont pas du JSON : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>the rules file needs an object with a &quot;rules&quot; list.</source>
        <translation>le fichier de règles doit contenir un objet avec une liste « rules ».</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>règle « %1 » : « %2 » doit être un nombre entier de %3 à %4.</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: each literal is &quot;level&quot;: &quot;text&quot; with a level inside the prefix (0 to %2).</source>
        <translation>règle « %1 » : chaque littéral s&apos;écrit &quot;niveau&quot;: &quot;texte&quot; avec un niveau dans le préfixe (0 à %2).</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;: group &quot;%2&quot; must name a level inside the prefix (0 to %3).</source>
        <translation>règle « %1 » : le groupe « %2 » doit désigner un niveau dans le préfixe (0 à %3).</translation>
    </message>
    <message>
        <source>the rules file has no rule (and Sparkplug is off): nothing would be found.</source>
        <translation>le fichier de règles n&apos;a aucune règle (et Sparkplug est désactivé) : rien ne serait trouvé.</translation>
    </message>
</context>
<context>
    <name>FleetStage</name>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>muet</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source> (retained)</source>
        <translation> (retenu)</translation>
    </message>
    <message>
        <source>status: online%1</source>
        <translation>état : en ligne%1</translation>
    </message>
    <message>
        <source>status: offline%1</source>
        <translation>état : hors ligne%1</translation>
    </message>
    <message>
        <source>messages arrive</source>
        <translation>des messages arrivent</translation>
    </message>
    <message>
        <source>birth (%1)</source>
        <translation>naissance (%1)</translation>
    </message>
    <message>
        <source>birth</source>
        <translation>naissance</translation>
    </message>
    <message>
        <source>data without a birth</source>
        <translation>données sans naissance</translation>
    </message>
    <message>
        <source>nothing received for %1 s</source>
        <translation>rien reçu depuis %1 s</translation>
    </message>
    <message>
        <source>rebirth (%1)</source>
        <translation>renaissance (%1)</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>unknown option &quot;%1&quot;; see --help</source>
        <translation>option inconnue « %1 » ; voir --help</translation>
    </message>
    <message>
        <source>no saved connection is called &quot;%1&quot; (saved: %2)</source>
        <translation>aucune connexion enregistrée ne s&apos;appelle « %1 » (enregistrées : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 needs a whole number of at least 1, not &quot;%2&quot;</source>
        <translation>%1 demande un nombre entier d&apos;au moins 1, pas « %2 »</translation>
    </message>
    <message>
        <source>Usage: mqttdeck [connection flags] [-t FILTER] [--connect] [--profile NAME]... [URL]... [--profiles-file PATH]
                [--journal FILE]
                [--screenshots DIR [--screenshots-own-broker HOST:PORT]]
       mqttdeck --version
With connection flags or --profile the window connects at start. Each --profile and each URL (mqtt://, mqtts://, ws://, wss://, as -L takes them) opens a connection of its own, side by side.
Saved connections live in %1; commands are journaled in %2 unless --journal names another file.
The language follows the system; MQTTDECK_LANG=fr or MQTTDECK_LANG=en chooses it.
--check FILE [--check-devices N] [--check-timeout S]: wait until the window is connected and shows the live status of N devices (default 1), save a picture of it to FILE and exit 0; exit 1 after S seconds (default 60) saying what was missing (used by scripts/run.sh --check).

</source>
        <translation>Usage : mqttdeck [options de connexion] [-t FILTRE] [--connect] [--profile NOM]... [URL]... [--profiles-file CHEMIN]
                [--journal FICHIER]
                [--screenshots DOSSIER [--screenshots-own-broker HÔTE:PORT]]
        mqttdeck --version
Avec des options de connexion ou --profile, la fenêtre se connecte au démarrage. Chaque --profile et chaque URL (mqtt://, mqtts://, ws://, wss://, comme -L les prend) ouvre sa propre connexion, côte à côte.
Les connexions enregistrées sont dans %1 ; les commandes sont journalisées dans %2, sauf si --journal désigne un autre fichier.
La langue suit celle du système ; MQTTDECK_LANG=fr ou MQTTDECK_LANG=en la choisit.
--check FICHIER [--check-devices N] [--check-timeout S] : attendre que la fenêtre soit connectée et montre l&apos;état en direct de N appareils (1 par défaut), en enregistrer une image dans FICHIER et sortir avec 0 ; sortir avec 1 après S secondes (60 par défaut) en disant ce qui manquait (utilisé par scripts/run.sh --check).

</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>the journal</source>
        <translation>le journal</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Le journal n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>record the clearing of retained values</source>
        <translation>consigner l&apos;effacement de valeurs retenues</translation>
    </message>
    <message>
        <source>record the outcome of clearing retained values</source>
        <translation>consigner le résultat de l&apos;effacement de valeurs retenues</translation>
    </message>
    <message>
        <source>read the journal of cleared retained values</source>
        <translation>lire le journal des valeurs retenues effacées</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>effacée</translation>
    </message>
    <message>
        <source>no answer was recorded (MQTT Deck stopped first)</source>
        <translation>aucune réponse n&apos;a été consignée (MQTT Deck s&apos;est arrêté avant)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the connection was lost before the broker answered</source>
        <translation>la connexion a été perdue avant la réponse du broker</translation>
    </message>
    <message>
        <source>no answer from the broker within 15 s</source>
        <translation>pas de réponse du broker en 15 s</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>Usage: mqttdeck-cli journal list [--journal FILE]
       mqttdeck-cli journal show COMMAND_ID [--journal FILE]
       mqttdeck-cli journal export --format csv|jsonl [--journal FILE]
       mqttdeck-cli journal verify [--journal FILE]
The command journal: every command sent (who, what, to whom, why, through which
broker) and every step of each, in one hash-chained sequence.
  list     the newest commands first: state, target, operator, time to ack and to
           result
  show     one command with its timeline and the payloads exchanged
  export   every entry in chain order, as CSV or JSON lines, to stdout
  verify   recomputes the chain: exit 0 when intact (and prints the last hash),
           20 naming the first entry changed, removed or inserted
  --journal FILE  default journal.sqlite in the data directory
Exit codes: 0 done, 1 bad arguments or unknown command id, 6 the journal cannot be
read (missing, not a journal), 20 the chain is broken.
</source>
        <translation>Utilisation : mqttdeck-cli journal list [--journal FICHIER]
              mqttdeck-cli journal show ID_COMMANDE [--journal FICHIER]
              mqttdeck-cli journal export --format csv|jsonl [--journal FICHIER]
              mqttdeck-cli journal verify [--journal FICHIER]
Le journal des commandes : chaque commande envoyée (qui, quoi, à qui, pourquoi, par quel
broker) et chacune de ses étapes, en une seule suite chaînée par empreintes.
  list     les commandes les plus récentes d&apos;abord : état, cible, opérateur, délai
           d&apos;acquittement et de résultat
  show     une commande avec sa chronologie et les contenus échangés
  export   chaque entrée dans l&apos;ordre de la chaîne, en CSV ou en lignes JSON, sur stdout
  verify   recalcule la chaîne : code 0 si elle est intacte (et affiche la dernière
           empreinte), 20 en nommant la première entrée modifiée, supprimée ou insérée
  --journal FICHIER  par défaut journal.sqlite dans le dossier de données
Codes de sortie : 0 terminé, 1 arguments invalides ou identifiant inconnu, 6 journal
illisible (absent, ou pas un journal), 20 chaîne rompue.
</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; or missing value. See mqttdeck-cli journal --help.</source>
        <translation>option inconnue « %1 » ou valeur manquante. Voir mqttdeck-cli journal --help.</translation>
    </message>
    <message>
        <source>mqttdeck-cli journal knows list, show, export and verify, not &quot;%1&quot;.</source>
        <translation>mqttdeck-cli journal connaît list, show, export et verify, pas « %1 ».</translation>
    </message>
    <message>
        <source>journal show needs a command id (see journal list).</source>
        <translation>journal show a besoin d&apos;un identifiant de commande (voir journal list).</translation>
    </message>
    <message>
        <source>journal export needs --format csv or --format jsonl.</source>
        <translation>journal export a besoin de --format csv ou --format jsonl.</translation>
    </message>
    <message>
        <source>there is no journal at %1 (no command was sent with it).</source>
        <translation>il n&apos;y a pas de journal à %1 (aucune commande n&apos;a été envoyée avec lui).</translation>
    </message>
    <message>
        <source>the journal %1 was tampered with: %2</source>
        <translation>le journal %1 a été falsifié : %2</translation>
    </message>
    <message numerus="yes">
        <source>intact: %n entries, last hash %1</source>
        <translation>
            <numerusform>intact : %n entrée, dernière empreinte %1</numerusform>
            <numerusform>intact : %n entrées, dernière empreinte %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  by %5  ack %6  result %7</source>
        <translation>%1  %2  %3  %4  par %5  acquittement %6  résultat %7</translation>
    </message>
    <message>
        <source>the journal %1 has no command %2.</source>
        <translation>le journal %1 n&apos;a pas de commande %2.</translation>
    </message>
    <message>
        <source>command    %1 (%2)</source>
        <translation>commande  %1 (%2)</translation>
    </message>
    <message>
        <source>template   %1, convention %2, QoS %3%4</source>
        <translation>modèle    %1, convention %2, QoS %3%4</translation>
    </message>
    <message>
        <source>, retained (%1)</source>
        <translation>, retenue (%1)</translation>
    </message>
    <message>
        <source>target     %1</source>
        <translation>cible     %1</translation>
    </message>
    <message>
        <source>topic      %1</source>
        <translation>topic     %1</translation>
    </message>
    <message>
        <source>payload    %1</source>
        <translation>contenu   %1</translation>
    </message>
    <message>
        <source>operator   %1 (OS user %2 on %3)</source>
        <translation>opérateur %1 (utilisateur système %2 sur %3)</translation>
    </message>
    <message>
        <source>reason     %1</source>
        <translation>raison    %1</translation>
    </message>
    <message>
        <source>broker     %1, client id %2</source>
        <translation>broker    %1, identifiant client %2</translation>
    </message>
    <message>
        <source>answers    %1</source>
        <translation>réponses  %1</translation>
    </message>
    <message>
        <source> reason code %1</source>
        <translation> code de raison %1</translation>
    </message>
</context>
<context>
    <name>LoadGenerator</name>
    <message>
        <source>the broker refused the load generator&apos;s connection</source>
        <translation>le broker a refusé la connexion du générateur de charge</translation>
    </message>
    <message>
        <source>the broker closed the load generator&apos;s connection after %1 messages</source>
        <translation>le broker a fermé la connexion du générateur de charge après %1 messages</translation>
    </message>
    <message>
        <source>the load generator cannot connect to 127.0.0.1:%1 (%2)</source>
        <translation>le générateur de charge ne peut pas se connecter à 127.0.0.1:%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LocalBroker</name>
    <message>
        <source>cannot create a temporary directory for the broker</source>
        <translation>impossible de créer un répertoire temporaire pour le broker</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>mosquitto did not start (%1). Install it: apt-get install mosquitto</source>
        <translation>mosquitto n&apos;a pas démarré (%1). Installez-le : apt-get install mosquitto</translation>
    </message>
    <message>
        <source>mosquitto does not accept connections on port %1; see %2</source>
        <translation>mosquitto n&apos;accepte pas de connexion sur le port %1 ; voir %2</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>profiles</source>
        <translation>profils</translation>
    </message>
    <message>
        <source>default subscriptions</source>
        <translation>abonnements par défaut</translation>
    </message>
    <message>
        <source>sent messages</source>
        <translation>messages envoyés</translation>
    </message>
    <message>
        <source>sent messages per broker</source>
        <translation>messages envoyés par broker</translation>
    </message>
    <message>
        <source>retained clears</source>
        <translation>effacements de valeurs retenues</translation>
    </message>
    <message>
        <source>production connections</source>
        <translation>connexions de production</translation>
    </message>
    <message>
        <source>fleet rules and retained threshold</source>
        <translation>règles de flotte et seuil des valeurs retenues</translation>
    </message>
    <message>
        <source>command journal</source>
        <translation>journal des commandes</translation>
    </message>
</context>
<context>
    <name>ObserverArguments</name>
    <message>
        <source>  --observer-user U, --observer-pw P
                        the observer: the same broker and options, this account
  --observer-cert FILE, --observer-key FILE
                        the observer&apos;s client certificate (mutual TLS)
  --observer-profile NAME  the observer from a saved connection (its password
                        from the keychain); --profiles-file chooses the file
</source>
        <translation>  --observer-user U, --observer-pw P
                        l&apos;observateur : même broker, mêmes options, avec ce compte
  --observer-cert FICHIER, --observer-key FICHIER
                        le certificat client de l&apos;observateur (TLS mutuel)
  --observer-profile NOM  l&apos;observateur d&apos;une connexion enregistrée (mot de passe
                        du trousseau) ; --profiles-file choisit le fichier
</translation>
    </message>
    <message>
        <source>no saved connection is called &quot;%1&quot; in %2.</source>
        <translation>aucune connexion enregistrée ne s&apos;appelle « %1 » dans %2.</translation>
    </message>
    <message>
        <source>the password of &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>le mot de passe de « %1 » n&apos;a pas pu être lu dans le trousseau : %2</translation>
    </message>
    <message>
        <source>--observer-cert and --observer-key go together.</source>
        <translation>--observer-cert et --observer-key vont ensemble.</translation>
    </message>
    <message>
        <source>the observer: %1</source>
        <translation>l&apos;observateur : %1</translation>
    </message>
</context>
<context>
    <name>PacketDecoder</name>
    <message>
        <source>The length field runs over more than 4 bytes.</source>
        <translation>Le champ de longueur s&apos;étend sur plus de 4 octets.</translation>
    </message>
    <message>
        <source>A length or number is written with more bytes than it needs.</source>
        <translation>Une longueur ou un nombre est écrit avec plus d&apos;octets qu&apos;il n&apos;en faut.</translation>
    </message>
    <message>
        <source>The packet announces %1 bytes, more than this decoder accepts.</source>
        <translation>Le paquet annonce %1 octets, plus que ce décodeur n&apos;en accepte.</translation>
    </message>
    <message>
        <source>The %1 packet ends before its fields do (truncated, or a length inside it is too long).</source>
        <translation>Le paquet %1 se termine avant ses champs (tronqué, ou une longueur qu&apos;il contient est trop grande).</translation>
    </message>
    <message>
        <source>The stream ends inside this %1 packet: it announced more bytes than came.</source>
        <translation>Le flux se termine au milieu de ce paquet %1 : il annonçait plus d&apos;octets qu&apos;il n&apos;en est venu.</translation>
    </message>
    <message>
        <source>The %1 packet has bytes left after its last field.</source>
        <translation>Le paquet %1 a des octets en trop après son dernier champ.</translation>
    </message>
    <message>
        <source>Packet type %1 is reserved in this MQTT version.</source>
        <translation>Le type de paquet %1 est réservé dans cette version de MQTT.</translation>
    </message>
    <message>
        <source>The %1 packet&apos;s fixed-header flags are 0x%2; they must be 0x%3.</source>
        <translation>Les indicateurs de l&apos;en-tête fixe du paquet %1 valent 0x%2 ; ils doivent valoir 0x%3.</translation>
    </message>
    <message>
        <source>The PUBLISH packet has QoS 3 (both QoS bits set).</source>
        <translation>Le paquet PUBLISH a une QoS 3 (les deux bits de QoS à 1).</translation>
    </message>
    <message>
        <source>The PUBLISH packet has DUP set at QoS 0.</source>
        <translation>Le paquet PUBLISH a DUP à 1 en QoS 0.</translation>
    </message>
    <message>
        <source>The PUBLISH topic contains a wildcard (+ or #).</source>
        <translation>Le topic du PUBLISH contient un joker (+ ou #).</translation>
    </message>
    <message>
        <source>The PUBLISH topic is empty (and no topic alias stands for it).</source>
        <translation>Le topic du PUBLISH est vide (et aucun alias de topic ne le remplace).</translation>
    </message>
    <message>
        <source>A string is not valid UTF-8.</source>
        <translation>Une chaîne n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
    <message>
        <source>A string contains the character U+0000.</source>
        <translation>Une chaîne contient le caractère U+0000.</translation>
    </message>
    <message>
        <source>The %1 packet has packet identifier 0; it must not be zero.</source>
        <translation>Le paquet %1 a l&apos;identifiant de paquet 0 ; il ne doit pas être nul.</translation>
    </message>
    <message>
        <source>The CONNECT&apos;s protocol name is not MQTT.</source>
        <translation>Le nom de protocole du CONNECT n&apos;est pas MQTT.</translation>
    </message>
    <message>
        <source>The CONNECT asks for protocol level %1; 3, 4 (3.1.1) and 5 are known.</source>
        <translation>Le CONNECT demande le niveau de protocole %1 ; 3, 4 (3.1.1) et 5 sont connus.</translation>
    </message>
    <message>
        <source>The CONNECT&apos;s reserved flag (bit 0) is set.</source>
        <translation>L&apos;indicateur réservé du CONNECT (bit 0) est à 1.</translation>
    </message>
    <message>
        <source>The CONNECT sets a will QoS or retain without a will.</source>
        <translation>Le CONNECT fixe une QoS ou un retain de testament sans testament.</translation>
    </message>
    <message>
        <source>The CONNECT&apos;s will has QoS 3.</source>
        <translation>Le testament du CONNECT a une QoS 3.</translation>
    </message>
    <message>
        <source>The CONNECT has a password without a user name.</source>
        <translation>Le CONNECT a un mot de passe sans nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The CONNACK&apos;s reserved acknowledge flags are set.</source>
        <translation>Les indicateurs d&apos;acquittement réservés du CONNACK sont à 1.</translation>
    </message>
    <message>
        <source>The %1 packet has no topic filter.</source>
        <translation>Le paquet %1 n&apos;a aucun filtre de topic.</translation>
    </message>
    <message>
        <source>The subscription options 0x%1 use reserved bits, QoS 3 or retain handling 3.</source>
        <translation>Les options d&apos;abonnement 0x%1 utilisent des bits réservés, une QoS 3 ou un retain handling 3.</translation>
    </message>
    <message>
        <source>The %1 packet has no reason code.</source>
        <translation>Le paquet %1 n&apos;a aucun code de raison.</translation>
    </message>
    <message>
        <source>SUBACK return code 0x%1 is not one of 0, 1, 2 and 0x80.</source>
        <translation>Le code de retour 0x%1 du SUBACK n&apos;est ni 0, ni 1, ni 2, ni 0x80.</translation>
    </message>
    <message>
        <source>Property id 0x%1 is not defined by MQTT 5.</source>
        <translation>L&apos;identifiant de propriété 0x%1 n&apos;est pas défini par MQTT 5.</translation>
    </message>
    <message>
        <source>The property %1 is not allowed in a %2 packet.</source>
        <translation>La propriété %1 n&apos;est pas permise dans un paquet %2.</translation>
    </message>
    <message>
        <source>The property %1 appears more than once.</source>
        <translation>La propriété %1 apparaît plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>The property %1 has a value it may not take.</source>
        <translation>La propriété %1 a une valeur qu&apos;elle ne peut pas prendre.</translation>
    </message>
</context>
<context>
    <name>PayloadInput</name>
    <message>
        <source>standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <source>the payload file &quot;%1&quot;</source>
        <translation>le fichier de charge utile « %1 »</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds %2, more than one MQTT message can carry (%3 bytes at most with this topic). Publish a smaller payload, or split it.</source>
        <translation>%1 contient %2, plus qu&apos;un message MQTT ne peut porter (%3 octets au plus avec ce topic). Publiez une charge utile plus petite, ou découpez-la.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>plus de %1 octets</translation>
    </message>
</context>
<context>
    <name>PayloadText</name>
    <message>
        <source>Not valid CBOR: %1 at byte %2.</source>
        <translation>CBOR invalide : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>Not valid CBOR: one item ends at byte %1 of %2.</source>
        <translation>CBOR invalide : un élément se termine à l&apos;octet %1 sur %2.</translation>
    </message>
    <message>
        <source>Not a CBOR map or array.</source>
        <translation>Ce n&apos;est pas une table ni un tableau CBOR.</translation>
    </message>
    <message>
        <source>Not a MessagePack map or array.</source>
        <translation>Ce n&apos;est pas une table ni un tableau MessagePack.</translation>
    </message>
    <message>
        <source>Not valid MessagePack: one item ends at byte %1 of %2.</source>
        <translation>MessagePack invalide : un élément se termine à l&apos;octet %1 sur %2.</translation>
    </message>
    <message>
        <source>Not valid MessagePack: %1.</source>
        <translation>MessagePack invalide : %1.</translation>
    </message>
    <message>
        <source>Only the first %1 lines (or %2) of each payload are compared.</source>
        <translation>Seules les %1 premières lignes (ou %2) de chaque payload sont comparées.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Texte (UTF-8)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex dump</source>
        <translation>Vidage hexadécimal</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>CBOR</source>
        <translation>CBOR</translation>
    </message>
    <message>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <source>%1 is too large to decode as %2 here (the limit is %3); showing the start as text. Use “Save payload…” to open it in another tool.</source>
        <translation>%1, c&apos;est trop pour décoder en %2 ici (la limite est %3) ; le début est affiché en texte. Utilisez « Enregistrer le payload… » pour l&apos;ouvrir dans un autre outil.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Affichage des premiers %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are not valid UTF-8 are shown as ⟨XX⟩.</source>
        <translation>
            <numerusform>%n octet qui n&apos;est pas de l&apos;UTF-8 valide est affiché comme ⟨XX⟩.</numerusform>
            <numerusform>%n octets qui ne sont pas de l&apos;UTF-8 valide sont affichés comme ⟨XX⟩.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at byte %2.</source>
        <translation>JSON invalide : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3. Pick the Text format to send it anyway.</source>
        <translation>JSON invalide : %1 à la ligne %2, colonne %3. Choisissez le format Texte pour l&apos;envoyer tout de même.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not a hexadecimal digit (0-9, a-f; spaces may separate bytes).</source>
        <translation>« %1 » à la position %2 n&apos;est pas un chiffre hexadécimal (0-9, a-f ; des espaces peuvent séparer les octets).</translation>
    </message>
    <message>
        <source>%1 hexadecimal digits: a byte needs two, so one is missing or extra.</source>
        <translation>%1 chiffres hexadécimaux : un octet en demande deux, il en manque donc un ou il y en a un de trop.</translation>
    </message>
    <message>
        <source>Not valid base64: only A-Z, a-z, 0-9, +, / and = padding may appear.</source>
        <translation>Base64 invalide : seuls A-Z, a-z, 0-9, +, / et le remplissage = sont permis.</translation>
    </message>
    <message>
        <source>Sparkplug B</source>
        <translation>Sparkplug B</translation>
    </message>
    <message>
        <source>(data set, %1)</source>
        <translation>(jeu de données, %1)</translation>
    </message>
    <message>
        <source>(template, %1)</source>
        <translation>(modèle, %1)</translation>
    </message>
    <message>
        <source>Not a Sparkplug B payload: the bytes are not a valid Protobuf message of its schema.</source>
        <translation>Ce n&apos;est pas un payload Sparkplug B : les octets ne forment pas un message Protobuf valide de son schéma.</translation>
    </message>
    <message>
        <source>timestamp %1</source>
        <translation>horodatage %1</translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s):</source>
        <translation>
            <numerusform>%n métrique :</numerusform>
            <numerusform>%n métriques :</numerusform>
        </translation>
    </message>
    <message>
        <source>(alias %1)</source>
        <translation>(alias %1)</translation>
    </message>
    <message>
        <source>%1 (alias %2)</source>
        <translation>%1 (alias %2)</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <source>Indentation stops where it would make the text far larger than the payload (deep nesting); the rest is shown compact.</source>
        <translation>L&apos;indentation s&apos;arrête là où elle rendrait le texte bien plus grand que la charge utile (imbrication profonde) ; la suite est montrée compacte.</translation>
    </message>
    <message>
        <source>an array announces %1 elements, more than the %2 bytes of the payload could hold</source>
        <translation>un tableau annonce %1 éléments, plus que les %2 octets de la charge utile ne pourraient en contenir</translation>
    </message>
    <message>
        <source>a map announces %1 entries, more than the %2 bytes of the payload could hold</source>
        <translation>une table annonce %1 entrées, plus que les %2 octets de la charge utile ne pourraient en contenir</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more metric(s), in the tree view</source>
        <translation>
            <numerusform>  … et %n métrique de plus, dans la vue arbre</numerusform>
            <numerusform>  … et %n métriques de plus, dans la vue arbre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n string(s) not valid UTF-8: their invalid bytes are shown as ⟨XX⟩.</source>
        <translation>
            <numerusform>%n chaîne non valide en UTF-8 : ses octets invalides sont montrés en ⟨XX⟩.</numerusform>
            <numerusform>%n chaînes non valides en UTF-8 : leurs octets invalides sont montrés en ⟨XX⟩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protobuf reported %n problem(s), the first: %1</source>
        <translation>
            <numerusform>Protobuf a signalé %n problème : %1</numerusform>
            <numerusform>Protobuf a signalé %n problèmes, le premier : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>%1: could not write its %2 to %3.</source>
        <translation>%1 : impossible d&apos;écrire son %2 dans %3.</translation>
    </message>
    <message>
        <source>%1: MQTTX appended the time to the client id; MQTT Deck uses the id as saved (leave it empty to have one generated).</source>
        <translation>%1 : MQTTX ajoutait l&apos;heure à l&apos;identifiant client ; MQTT Deck utilise l&apos;identifiant tel qu&apos;enregistré (laissez-le vide pour en générer un).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>This file is not JSON (%1 at byte %2); export the connections from MQTT Explorer or MQTTX as JSON first.</source>
        <translation>Ce fichier n&apos;est pas du JSON (%1 à l&apos;octet %2) ; exportez d&apos;abord les connexions de MQTT Explorer ou de MQTTX en JSON.</translation>
    </message>
    <message>
        <source>No connections found: this is neither an MQTT Explorer settings.json nor an MQTTX export.</source>
        <translation>Aucune connexion trouvée : ce n&apos;est ni un settings.json de MQTT Explorer ni un export de MQTTX.</translation>
    </message>
    <message>
        <source>The %1 export holds no connections.</source>
        <translation>L&apos;export %1 ne contient aucune connexion.</translation>
    </message>
    <message>
        <source>%1: its %2 was written to %3 (readable by you only).</source>
        <translation>%1 : son %2 a été écrit dans %3 (lisible par vous seul).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>A saved connection is already called &quot;%1&quot;; pick another name.</source>
        <translation>Une connexion enregistrée s&apos;appelle déjà « %1 » ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>the saved connections</source>
        <translation>les connexions enregistrées</translation>
    </message>
    <message>
        <source>The saved connections are not open.</source>
        <translation>Les connexions enregistrées ne sont pas ouvertes.</translation>
    </message>
    <message>
        <source>read the saved connections</source>
        <translation>lire les connexions enregistrées</translation>
    </message>
    <message>
        <source>save &quot;%1&quot;</source>
        <translation>enregistrer « %1 »</translation>
    </message>
    <message>
        <source>delete the saved connection</source>
        <translation>supprimer la connexion enregistrée</translation>
    </message>
    <message>
        <source>read the sent messages</source>
        <translation>lire les messages envoyés</translation>
    </message>
    <message>
        <source>record the sent message</source>
        <translation>consigner le message envoyé</translation>
    </message>
    <message>
        <source>record the broker&apos;s answer</source>
        <translation>consigner la réponse du broker</translation>
    </message>
    <message>
        <source>save the device rules of a connection</source>
        <translation>enregistrer les règles d&apos;équipements d&apos;une connexion</translation>
    </message>
</context>
<context>
    <name>ReasonCodes</name>
    <message>
        <source>Connection accepted</source>
        <translation>Connexion acceptée</translation>
    </message>
    <message>
        <source>Unacceptable protocol version</source>
        <translation>Version de protocole inacceptable</translation>
    </message>
    <message>
        <source>Identifier rejected</source>
        <translation>Identifiant rejeté</translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translation>Serveur indisponible</translation>
    </message>
    <message>
        <source>Bad user name or password</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Unknown return code</source>
        <translation>Code de retour inconnu</translation>
    </message>
    <message>
        <source>The broker accepted the connection.</source>
        <translation>Le broker a accepté la connexion.</translation>
    </message>
    <message>
        <source>The broker does not speak this MQTT version. Try the other protocol version (MQTT 5 or 3.1.1).</source>
        <translation>Le broker ne parle pas cette version de MQTT. Essayez l&apos;autre version du protocole (MQTT 5 ou 3.1.1).</translation>
    </message>
    <message>
        <source>The broker refused the client identifier. Use another client id (some brokers restrict its length or characters).</source>
        <translation>Le broker a refusé l&apos;identifiant client. Utilisez un autre identifiant (certains brokers limitent sa longueur ou ses caractères).</translation>
    </message>
    <message>
        <source>The broker is up but cannot serve clients right now. Retry later or check the broker&apos;s log.</source>
        <translation>Le broker fonctionne mais ne peut pas servir de clients pour l&apos;instant. Réessayez plus tard ou consultez le journal du broker.</translation>
    </message>
    <message>
        <source>The broker refused the user name or password. Check the credentials of this connection.</source>
        <translation>Le broker a refusé le nom d&apos;utilisateur ou le mot de passe. Vérifiez les identifiants de cette connexion.</translation>
    </message>
    <message>
        <source>The broker refused this client. Check the credentials, the client certificate or the broker&apos;s access rules.</source>
        <translation>Le broker a refusé ce client. Vérifiez les identifiants, le certificat client ou les règles d&apos;accès du broker.</translation>
    </message>
    <message>
        <source>The broker answered with a return code MQTT 3.1.1 does not define.</source>
        <translation>Le broker a répondu par un code de retour que MQTT 3.1.1 ne définit pas.</translation>
    </message>
    <message>
        <source>Granted QoS 0</source>
        <translation>QoS 0 accordée</translation>
    </message>
    <message>
        <source>Normal disconnection</source>
        <translation>Déconnexion normale</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Granted QoS 1</source>
        <translation>QoS 1 accordée</translation>
    </message>
    <message>
        <source>Granted QoS 2</source>
        <translation>QoS 2 accordée</translation>
    </message>
    <message>
        <source>Disconnect with Will Message</source>
        <translation>Déconnexion avec message de dernière volonté</translation>
    </message>
    <message>
        <source>No matching subscribers</source>
        <translation>Aucun abonné correspondant</translation>
    </message>
    <message>
        <source>No subscription existed</source>
        <translation>Aucun abonnement n&apos;existait</translation>
    </message>
    <message>
        <source>Continue authentication</source>
        <translation>Poursuivre l&apos;authentification</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Se réauthentifier</translation>
    </message>
    <message>
        <source>Unspecified error</source>
        <translation>Erreur non précisée</translation>
    </message>
    <message>
        <source>Malformed Packet</source>
        <translation>Paquet mal formé</translation>
    </message>
    <message>
        <source>Protocol Error</source>
        <translation>Erreur de protocole</translation>
    </message>
    <message>
        <source>Implementation specific error</source>
        <translation>Erreur propre à l&apos;implémentation</translation>
    </message>
    <message>
        <source>Unsupported Protocol Version</source>
        <translation>Version de protocole non prise en charge</translation>
    </message>
    <message>
        <source>Client Identifier not valid</source>
        <translation>Identifiant client non valide</translation>
    </message>
    <message>
        <source>Bad User Name or Password</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>Server busy</source>
        <translation>Serveur occupé</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Banni</translation>
    </message>
    <message>
        <source>Server shutting down</source>
        <translation>Arrêt du serveur</translation>
    </message>
    <message>
        <source>Bad authentication method</source>
        <translation>Méthode d&apos;authentification incorrecte</translation>
    </message>
    <message>
        <source>Keep Alive timeout</source>
        <translation>Délai de keep alive dépassé</translation>
    </message>
    <message>
        <source>Session taken over</source>
        <translation>Session reprise par un autre client</translation>
    </message>
    <message>
        <source>Topic Filter invalid</source>
        <translation>Filtre de topic non valide</translation>
    </message>
    <message>
        <source>Topic Name invalid</source>
        <translation>Nom de topic non valide</translation>
    </message>
    <message>
        <source>Packet Identifier in use</source>
        <translation>Identifiant de paquet déjà utilisé</translation>
    </message>
    <message>
        <source>Packet Identifier not found</source>
        <translation>Identifiant de paquet introuvable</translation>
    </message>
    <message>
        <source>Receive Maximum exceeded</source>
        <translation>Receive maximum dépassé</translation>
    </message>
    <message>
        <source>Topic Alias invalid</source>
        <translation>Alias de topic non valide</translation>
    </message>
    <message>
        <source>Packet too large</source>
        <translation>Paquet trop grand</translation>
    </message>
    <message>
        <source>Message rate too high</source>
        <translation>Débit de messages trop élevé</translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translation>Quota dépassé</translation>
    </message>
    <message>
        <source>Administrative action</source>
        <translation>Action administrative</translation>
    </message>
    <message>
        <source>Payload format invalid</source>
        <translation>Format de contenu non valide</translation>
    </message>
    <message>
        <source>Retain not supported</source>
        <translation>Retain non pris en charge</translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation>QoS non prise en charge</translation>
    </message>
    <message>
        <source>Use another server</source>
        <translation>Utiliser un autre serveur</translation>
    </message>
    <message>
        <source>Server moved</source>
        <translation>Serveur déplacé</translation>
    </message>
    <message>
        <source>Shared Subscriptions not supported</source>
        <translation>Abonnements partagés non pris en charge</translation>
    </message>
    <message>
        <source>Connection rate exceeded</source>
        <translation>Débit de connexions dépassé</translation>
    </message>
    <message>
        <source>Maximum connect time</source>
        <translation>Durée maximale de connexion</translation>
    </message>
    <message>
        <source>Subscription Identifiers not supported</source>
        <translation>Identifiants d&apos;abonnement non pris en charge</translation>
    </message>
    <message>
        <source>Wildcard Subscriptions not supported</source>
        <translation>Abonnements avec jokers non pris en charge</translation>
    </message>
    <message>
        <source>Unknown reason code</source>
        <translation>Code de raison inconnu</translation>
    </message>
    <message>
        <source>The broker granted the subscription at QoS 0.</source>
        <translation>Le broker a accordé l&apos;abonnement en QoS 0.</translation>
    </message>
    <message>
        <source>The connection was closed normally.</source>
        <translation>La connexion a été fermée normalement.</translation>
    </message>
    <message>
        <source>The broker accepted the request.</source>
        <translation>Le broker a accepté la demande.</translation>
    </message>
    <message>
        <source>The broker granted the subscription at QoS 1.</source>
        <translation>Le broker a accordé l&apos;abonnement en QoS 1.</translation>
    </message>
    <message>
        <source>The broker granted the subscription at QoS 2.</source>
        <translation>Le broker a accordé l&apos;abonnement en QoS 2.</translation>
    </message>
    <message>
        <source>The client closed the connection and asked the broker to publish its Last Will.</source>
        <translation>Le client a fermé la connexion en demandant au broker de publier sa dernière volonté.</translation>
    </message>
    <message>
        <source>The broker accepted the message, but no client is subscribed to its topic right now.</source>
        <translation>Le broker a accepté le message, mais aucun client n&apos;est abonné à son topic pour l&apos;instant.</translation>
    </message>
    <message>
        <source>There was no such subscription to remove.</source>
        <translation>Cet abonnement n&apos;existait pas.</translation>
    </message>
    <message>
        <source>The broker asks for another step of enhanced authentication.</source>
        <translation>Le broker demande une étape supplémentaire d&apos;authentification étendue.</translation>
    </message>
    <message>
        <source>The broker refused without saying why. Its log usually tells more.</source>
        <translation>Le broker a refusé sans dire pourquoi. Son journal en dit généralement plus.</translation>
    </message>
    <message>
        <source>The broker could not parse a packet. This points to a client or broker bug; capture a packet trace.</source>
        <translation>Le broker n&apos;a pas pu lire un paquet. Cela indique un défaut du client ou du broker ; capturez une trace des paquets.</translation>
    </message>
    <message>
        <source>The broker saw a protocol violation. Capture a packet trace and check the client and broker versions.</source>
        <translation>Le broker a constaté une violation du protocole. Capturez une trace des paquets et vérifiez les versions du client et du broker.</translation>
    </message>
    <message>
        <source>The broker refused for a reason of its own. Check the broker&apos;s log or documentation.</source>
        <translation>Le broker a refusé pour une raison qui lui est propre. Consultez le journal ou la documentation du broker.</translation>
    </message>
    <message>
        <source>The broker does not support MQTT 5. Connect with MQTT 3.1.1.</source>
        <translation>Le broker ne prend pas en charge MQTT 5. Connectez-vous en MQTT 3.1.1.</translation>
    </message>
    <message>
        <source>The broker refused the client identifier. Use another client id.</source>
        <translation>Le broker a refusé l&apos;identifiant client. Utilisez un autre identifiant.</translation>
    </message>
    <message>
        <source>The broker does not allow this client to connect. Check the credentials, the client certificate or the access rules.</source>
        <translation>Le broker n&apos;autorise pas ce client à se connecter. Vérifiez les identifiants, le certificat client ou les règles d&apos;accès.</translation>
    </message>
    <message>
        <source>The broker&apos;s access rules do not allow this client to subscribe to this filter. Ask for read access or subscribe to a narrower filter.</source>
        <translation>Les règles d&apos;accès du broker n&apos;autorisent pas ce client à s&apos;abonner à ce filtre. Demandez un droit de lecture ou abonnez-vous à un filtre plus restreint.</translation>
    </message>
    <message>
        <source>The broker&apos;s access rules do not allow this client to publish to this topic. Ask for write access to it.</source>
        <translation>Les règles d&apos;accès du broker n&apos;autorisent pas ce client à publier sur ce topic. Demandez un droit d&apos;écriture sur ce topic.</translation>
    </message>
    <message>
        <source>The broker&apos;s access rules refused this operation.</source>
        <translation>Les règles d&apos;accès du broker ont refusé cette opération.</translation>
    </message>
    <message>
        <source>The broker is not available. Retry later.</source>
        <translation>Le broker n&apos;est pas disponible. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The broker is too busy. Retry later.</source>
        <translation>Le broker est trop occupé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The broker has banned this client. Contact the broker&apos;s administrator.</source>
        <translation>Le broker a banni ce client. Contactez l&apos;administrateur du broker.</translation>
    </message>
    <message>
        <source>The broker is shutting down.</source>
        <translation>Le broker est en cours d&apos;arrêt.</translation>
    </message>
    <message>
        <source>The broker does not support the authentication method.</source>
        <translation>Le broker ne prend pas en charge la méthode d&apos;authentification.</translation>
    </message>
    <message>
        <source>The broker heard nothing within the keep alive time. Check the network or lower the keep alive.</source>
        <translation>Le broker n&apos;a rien reçu pendant le délai de keep alive. Vérifiez le réseau ou réduisez le keep alive.</translation>
    </message>
    <message>
        <source>Another client connected with the same client id and took over this session. Give each client a unique id.</source>
        <translation>Un autre client s&apos;est connecté avec le même identifiant et a repris cette session. Donnez à chaque client un identifiant unique.</translation>
    </message>
    <message>
        <source>The broker refused the topic filter. Check its syntax or the broker&apos;s limits.</source>
        <translation>Le broker a refusé le filtre de topic. Vérifiez sa syntaxe ou les limites du broker.</translation>
    </message>
    <message>
        <source>The broker refused the topic name. Check its syntax or the broker&apos;s limits.</source>
        <translation>Le broker a refusé le nom de topic. Vérifiez sa syntaxe ou les limites du broker.</translation>
    </message>
    <message>
        <source>The packet identifier is already in use.</source>
        <translation>L&apos;identifiant de paquet est déjà utilisé.</translation>
    </message>
    <message>
        <source>The broker did not know the packet identifier.</source>
        <translation>Le broker ne connaissait pas l&apos;identifiant de paquet.</translation>
    </message>
    <message>
        <source>More messages were in flight than the receive maximum allows.</source>
        <translation>Plus de messages étaient en transit que le receive maximum ne le permet.</translation>
    </message>
    <message>
        <source>The topic alias was invalid.</source>
        <translation>L&apos;alias de topic n&apos;était pas valide.</translation>
    </message>
    <message>
        <source>The packet is larger than the broker accepts. Send a smaller payload or raise the broker&apos;s limit.</source>
        <translation>Le paquet dépasse la taille acceptée par le broker. Envoyez un contenu plus petit ou relevez la limite du broker.</translation>
    </message>
    <message>
        <source>The client sends too fast for the broker. Slow down.</source>
        <translation>Le client envoie trop vite pour le broker. Ralentissez.</translation>
    </message>
    <message>
        <source>A quota set by the broker was exceeded.</source>
        <translation>Un quota fixé par le broker a été dépassé.</translation>
    </message>
    <message>
        <source>An administrator disconnected this client.</source>
        <translation>Un administrateur a déconnecté ce client.</translation>
    </message>
    <message>
        <source>The payload does not match its format indicator (it is marked UTF-8 but is not).</source>
        <translation>Le contenu ne correspond pas à son indicateur de format (il est marqué UTF-8 mais ne l&apos;est pas).</translation>
    </message>
    <message>
        <source>The broker does not support retained messages. Publish without retain.</source>
        <translation>Le broker ne prend pas en charge les messages retenus. Publiez sans retain.</translation>
    </message>
    <message>
        <source>The broker does not support this QoS. Use a lower QoS.</source>
        <translation>Le broker ne prend pas en charge cette QoS. Utilisez une QoS plus basse.</translation>
    </message>
    <message>
        <source>The broker asks the client to use another server.</source>
        <translation>Le broker demande au client d&apos;utiliser un autre serveur.</translation>
    </message>
    <message>
        <source>The broker has moved permanently to another server.</source>
        <translation>Le broker a définitivement déménagé vers un autre serveur.</translation>
    </message>
    <message>
        <source>The broker does not support shared subscriptions.</source>
        <translation>Le broker ne prend pas en charge les abonnements partagés.</translation>
    </message>
    <message>
        <source>The client connects too often. Wait before reconnecting.</source>
        <translation>Le client se connecte trop souvent. Attendez avant de vous reconnecter.</translation>
    </message>
    <message>
        <source>The broker ended the connection at its maximum connect time.</source>
        <translation>Le broker a mis fin à la connexion à sa durée maximale de connexion.</translation>
    </message>
    <message>
        <source>The broker does not support subscription identifiers. Subscribe without one.</source>
        <translation>Le broker ne prend pas en charge les identifiants d&apos;abonnement. Abonnez-vous sans identifiant.</translation>
    </message>
    <message>
        <source>The broker does not support wildcard subscriptions. Subscribe to exact topics.</source>
        <translation>Le broker ne prend pas en charge les abonnements avec jokers. Abonnez-vous à des topics exacts.</translation>
    </message>
    <message>
        <source>The broker answered with a reason code MQTT 5 does not define.</source>
        <translation>Le broker a répondu par un code de raison que MQTT 5 ne définit pas.</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Granted QoS %1</source>
        <translation>QoS %1 accordée</translation>
    </message>
    <message>
        <source>The broker refused the subscription (MQTT 3.1.1 gives no reason; access rules are the usual cause). Ask for read access or subscribe to a narrower filter.</source>
        <translation>Le broker a refusé l&apos;abonnement (MQTT 3.1.1 n&apos;en donne pas la raison ; les règles d&apos;accès en sont la cause habituelle). Demandez un droit de lecture ou abonnez-vous à un filtre plus restreint.</translation>
    </message>
    <message>
        <source>The broker granted the subscription at QoS %1.</source>
        <translation>Le broker a accordé l&apos;abonnement en QoS %1.</translation>
    </message>
    <message>
        <source>The broker acknowledged the message. MQTT 3.1.1 cannot report a refusal: a broker that denies a publish usually drops it silently.</source>
        <translation>Le broker a accusé réception du message. MQTT 3.1.1 ne peut pas signaler de refus : un broker qui interdit une publication l&apos;ignore généralement sans rien dire.</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>No topic filter to subscribe to. Enter at least one filter.</source>
        <translation>Aucun filtre de topic auquel s&apos;abonner. Saisissez au moins un filtre.</translation>
    </message>
    <message>
        <source>The QoS %1 for &quot;%2&quot; is invalid: use 0, 1 or 2.</source>
        <translation>La QoS %1 pour « %2 » n&apos;est pas valide : utilisez 0, 1 ou 2.</translation>
    </message>
    <message>
        <source>No local, retain as published, retain handling and subscription identifiers are MQTT 5 options. Connect with MQTT 5 or remove them.</source>
        <translation>No local, retain as published, retain handling et les identifiants d&apos;abonnement sont des options MQTT 5. Connectez-vous en MQTT 5 ou retirez-les.</translation>
    </message>
    <message>
        <source>Retain handling must be 0 (send retained), 1 (only for a new subscription) or 2 (never).</source>
        <translation>Le retain handling doit valoir 0 (envoyer les retenus), 1 (seulement pour un nouvel abonnement) ou 2 (jamais).</translation>
    </message>
    <message>
        <source>A subscription identifier must be between 1 and 268,435,455.</source>
        <translation>Un identifiant d&apos;abonnement doit être compris entre 1 et 268 435 455.</translation>
    </message>
    <message>
        <source>MQTT 5 carries one subscription identifier per SUBSCRIBE: subscribe to filters with different identifiers separately.</source>
        <translation>MQTT 5 transporte un seul identifiant d&apos;abonnement par SUBSCRIBE : abonnez-vous séparément aux filtres d&apos;identifiants différents.</translation>
    </message>
    <message>
        <source>No local cannot be used on a shared subscription (%1).</source>
        <translation>No local ne peut pas s&apos;utiliser sur un abonnement partagé (%1).</translation>
    </message>
    <message>
        <source>The QoS %1 is invalid: use 0, 1 or 2.</source>
        <translation>La QoS %1 n&apos;est pas valide : utilisez 0, 1 ou 2.</translation>
    </message>
    <message>
        <source>Message properties (content type, expiry, response topic, correlation data, user properties) need MQTT 5. Connect with MQTT 5 or remove them.</source>
        <translation>Les propriétés de message (type de contenu, expiration, topic de réponse, données de corrélation, propriétés utilisateur) exigent MQTT 5. Connectez-vous en MQTT 5 ou retirez-les.</translation>
    </message>
    <message>
        <source>The payload is marked as UTF-8 text (payload format indicator) but is not valid UTF-8. Fix the payload or drop the indicator.</source>
        <translation>Le contenu est marqué comme texte UTF-8 (indicateur de format) mais n&apos;est pas de l&apos;UTF-8 valide. Corrigez le contenu ou retirez l&apos;indicateur.</translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation>Topic de réponse : %1</translation>
    </message>
    <message>
        <source>user property</source>
        <translation>propriété utilisateur</translation>
    </message>
</context>
<context>
    <name>SentAnswer</name>
    <message>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <source>sent (QoS 0 has no answer)</source>
        <translation>envoyé (la QoS 0 n&apos;a pas de réponse)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>refused: %1 (%2). %3</source>
        <translation>refusé : %1 (%2). %3</translation>
    </message>
</context>
<context>
    <name>SeriesRecorder</name>
    <message>
        <source>%1 is already plotted.</source>
        <translation>%1 est déjà tracé.</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>unknown option &quot;%1&quot; or missing value. See mqttdeck-cli sim --help.</source>
        <translation>option « %1 » inconnue ou valeur manquante. Voir mqttdeck-cli sim --help.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli sim --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli sim --help.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is out of range (devices 1-5000, rate 0-1000, port 1-65535).</source>
        <translation>%1 : « %2 » est hors limites (équipements 1-5000, débit 0-1000, port 1-65535).</translation>
    </message>
    <message>
        <source>sim: %1 of %2 devices online, %3 messages published</source>
        <translation>sim : %1 équipements en ligne sur %2, %3 messages publiés</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be one topic level: 1 to 64 bytes of UTF-8, without &apos;/&apos;, &apos;+&apos; or &apos;#&apos; (for example prod, or acme).</source>
        <translation>%1 « %2 » doit être un seul niveau de topic : 1 à 64 octets d&apos;UTF-8, sans « / », « + » ni « # » (par exemple prod, ou acme).</translation>
    </message>
    <message>
        <source>no simulated device could connect: %1.</source>
        <translation>aucun appareil simulé n&apos;a pu se connecter : %1.</translation>
    </message>
    <message>
        <source>the broker at %1:%2 did not answer</source>
        <translation>le broker %1:%2 n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli sim [-h HOST] [-p PORT] [--devices N] [--rate PER_SECOND]
                        [--duration SECONDS] [--env ENV] [--tenant TENANT]
                        [--no-sparkplug] [--command-behaviour MODE]
                        [--late-seconds S] [--commands-v311] [--no-commands]
Simulates a fleet under {env}/{tenant}/{site}/{area}/{asset}/{stream}/{signal}:
one connection per device with a Last Will, a retained online status, JSON
telemetry (temperature, humidity, power) at RATE messages per second per signal,
an alarm event now and then, and a device that dies without DISCONNECT every 45 s
(its will fires) and comes back. MQTT 3.1.1 over TCP.
Beside it, a Sparkplug B edge node (spBv1.0/TENANT-plant/…/edge-01): NBIRTH with
its metrics and aliases, NDEATH as its will, NDATA once a second with aliases only
(--no-sparkplug leaves it out).
Devices answer commands (stream: …/{asset}/command/NAME, answers on …/ack/NAME and
…/result/NAME; devices: devices/gw-NNN/commands/NAME, answers on …/commands/ack
and …/result; MQTT 5 request/response: on the command&apos;s response topic with its
correlation data), from one MQTT 5 connection (--commands-v311: MQTT 3.1.1, no
request/response). --command-behaviour: mixed (default: by device, gw-001 done,
gw-002 reject, gw-003 fail, gw-004 late, gw-005 never, gw-006 twice, gw-007 done
again…) or one of done, reject, fail, late, never, twice for every device; late
answers come after --late-seconds (default 5).
Defaults: localhost:1883, 40 devices, rate 1, until interrupted.
</source>
        <translation>Utilisation : mqttdeck-cli sim [-h HÔTE] [-p PORT] [--devices N] [--rate PAR_SECONDE]
                          [--duration SECONDES] [--env ENV] [--tenant LOCATAIRE]
                          [--no-sparkplug] [--command-behaviour MODE]
                          [--late-seconds S] [--commands-v311] [--no-commands]
Simule une flotte sous {env}/{tenant}/{site}/{area}/{asset}/{stream}/{signal} :
une connexion par équipement avec une dernière volonté, un statut en ligne retenu,
de la télémétrie JSON (température, humidité, puissance) à RATE messages par seconde
et par signal, une alarme de temps en temps, et un équipement qui meurt sans
DISCONNECT toutes les 45 s (sa dernière volonté est publiée) puis revient. MQTT 3.1.1 sur TCP.
À côté, un nœud Sparkplug B (spBv1.0/LOCATAIRE-plant/…/edge-01) : NBIRTH avec ses
métriques et leurs alias, NDEATH comme dernière volonté, NDATA chaque seconde avec les
alias seuls (--no-sparkplug l&apos;omet).
Les équipements répondent aux commandes (stream : …/{asset}/command/NOM, réponses sur
…/ack/NOM et …/result/NOM ; devices : devices/gw-NNN/commands/NOM, réponses sur
…/commands/ack et …/result ; requête/réponse MQTT 5 : sur le topic de réponse de la
commande avec ses données de corrélation), depuis une connexion MQTT 5 (--commands-v311 :
MQTT 3.1.1, sans requête/réponse). --command-behaviour : mixed (par défaut : selon
l&apos;équipement, gw-001 done, gw-002 reject, gw-003 fail, gw-004 late, gw-005 never,
gw-006 twice, gw-007 de nouveau done…) ou l&apos;un de done, reject, fail, late, never, twice
pour tous ; les réponses tardives arrivent après --late-seconds (5 par défaut).
Par défaut : localhost:1883, 40 équipements, débit 1, jusqu&apos;à interruption.
</translation>
    </message>
    <message>
        <source>--command-behaviour: &quot;%1&quot; is not mixed, done, reject, fail, late, never or twice.</source>
        <translation>--command-behaviour : « %1 » n&apos;est pas mixed, done, reject, fail, late, never ni twice.</translation>
    </message>
    <message>
        <source>sim: devices answer commands</source>
        <translation>sim : les équipements répondent aux commandes</translation>
    </message>
</context>
<context>
    <name>SparkplugCommandPayload</name>
    <message>
        <source>a Sparkplug B command is written as {&quot;metrics&quot;:[{&quot;name&quot;:…, &quot;type&quot;:…, &quot;value&quot;:…}]} with at least one metric.</source>
        <translation>une commande Sparkplug B s&apos;écrit {&quot;metrics&quot;:[{&quot;name&quot;:…, &quot;type&quot;:…, &quot;value&quot;:…}]} avec au moins une métrique.</translation>
    </message>
    <message>
        <source>every Sparkplug B metric needs a &quot;name&quot; and a &quot;value&quot;.</source>
        <translation>chaque métrique Sparkplug B a besoin d&apos;un « name » et d&apos;une « value ».</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: type &quot;%2&quot; with this value cannot be sent (use Int8…UInt64, Float, Double, Boolean, String or Text).</source>
        <translation>métrique « %1 » : le type « %2 » ne peut pas être envoyé avec cette valeur (utilisez Int8…UInt64, Float, Double, Boolean, String ou Text).</translation>
    </message>
</context>
<context>
    <name>SparkplugTracker</name>
    <message>
        <source>seq %1 is outside 0–255</source>
        <translation>seq %1 hors de 0–255</translation>
    </message>
    <message numerus="yes">
        <source>seq %1 after %2: %n message(s) missing</source>
        <translation>
            <numerusform>seq %1 après %2 : %n message manquant</numerusform>
            <numerusform>seq %1 après %2 : %n messages manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>seq %1 after %2: out of order or repeated</source>
        <translation>seq %1 après %2 : désordonné ou répété</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a Sparkplug B Protobuf payload (%n byte(s))</source>
        <translation>
            <numerusform>%1 n&apos;est pas un contenu Protobuf Sparkplug B (%n octet)</numerusform>
            <numerusform>%1 n&apos;est pas un contenu Protobuf Sparkplug B (%n octets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 carries %n metric(s) past the limit of %2, not kept</source>
        <translation>
            <numerusform>%1 porte %n métrique au-delà de la limite de %2, non conservée</numerusform>
            <numerusform>%1 porte %n métriques au-delà de la limite de %2, non conservées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metric %1 not kept: %2 already has %n metric(s), the limit</source>
        <translation>
            <numerusform>métrique %1 non conservée : %2 a déjà %n métrique, la limite</numerusform>
            <numerusform>métrique %1 non conservée : %2 a déjà %n métriques, la limite</numerusform>
        </translation>
    </message>
    <message>
        <source>new %1 while online</source>
        <translation>nouveau %1 alors qu&apos;en ligne</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 après %2</translation>
    </message>
    <message>
        <source>%1 after an unknown state</source>
        <translation>%1 après un état inconnu</translation>
    </message>
    <message>
        <source>NDEATH with bdSeq %1 while the NBIRTH had %2: ignored, a death of an earlier session</source>
        <translation>NDEATH avec bdSeq %1 alors que le NBIRTH avait %2 : ignoré, la mort d&apos;une session précédente</translation>
    </message>
    <message>
        <source>NDEATH of its node</source>
        <translation>NDEATH de son nœud</translation>
    </message>
    <message>
        <source>DBIRTH before its node&apos;s NBIRTH</source>
        <translation>DBIRTH avant le NBIRTH de son nœud</translation>
    </message>
    <message>
        <source>%1 before any %2</source>
        <translation>%1 avant tout %2</translation>
    </message>
    <message>
        <source>%1 while offline after %2, before a new %3</source>
        <translation>%1 hors ligne après %2, avant un nouveau %3</translation>
    </message>
    <message>
        <source>%1 while its node is not born</source>
        <translation>%1 alors que son nœud n&apos;est pas né</translation>
    </message>
    <message>
        <source>%1: alias %2 is not in the catalogue of the last birth</source>
        <translation>%1 : l&apos;alias %2 n&apos;est pas dans le catalogue de la dernière naissance</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>the output</source>
        <translation>la sortie</translation>
    </message>
    <message>
        <source>the charts</source>
        <translation>les graphiques</translation>
    </message>
    <message>
        <source>the live feed</source>
        <translation>le flux en direct</translation>
    </message>
    <message>
        <source>the fleet</source>
        <translation>la flotte</translation>
    </message>
    <message>
        <source>the rebirth watch</source>
        <translation>le guet de la renaissance</translation>
    </message>
    <message>
        <source>the retained board</source>
        <translation>le tableau des valeurs retenues</translation>
    </message>
    <message>
        <source>the command tracker</source>
        <translation>le suivi des commandes</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>template &quot;%1&quot;, field &quot;%2&quot;: %3</source>
        <translation>modèle « %1 », champ « %2 » : %3</translation>
    </message>
    <message>
        <source>a template needs a name.</source>
        <translation>un modèle a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>template &quot;%1&quot;: unknown field &quot;%2&quot; (known: %3).</source>
        <translation>modèle « %1 » : champ inconnu « %2 » (connus : %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not stream, devices, mqtt5, sparkplug or auto.</source>
        <translation>« %1 » n&apos;est ni stream, ni devices, ni mqtt5, ni sparkplug, ni auto.</translation>
    </message>
    <message>
        <source>the command&apos;s name must be one topic level (not empty, no /, + or #).</source>
        <translation>le nom de la commande doit être un seul niveau de topic (non vide, sans /, + ni #).</translation>
    </message>
    <message>
        <source>the payload must be a JSON object or a string.</source>
        <translation>le contenu doit être un objet JSON ou une chaîne.</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}} (known: %2).</source>
        <translation>paramètre inconnu {{%1}} (connus : %2).</translation>
    </message>
    <message>
        <source>not JSON at offset %1: %2</source>
        <translation>pas du JSON à la position %1 : %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>doit être un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>doit valoir true ou false.</translation>
    </message>
    <message>
        <source>expected an object with a &quot;templates&quot; array.</source>
        <translation>attendu : un objet avec un tableau « templates ».</translation>
    </message>
    <message>
        <source>template %1 is not a JSON object.</source>
        <translation>le modèle %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>template &quot;%1&quot; appears twice.</source>
        <translation>le modèle « %1 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>cannot read the templates file %1: %2</source>
        <translation>impossible de lire le fichier de modèles %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot write the templates file %1: %2</source>
        <translation>impossible d&apos;écrire le fichier de modèles %1 : %2</translation>
    </message>
</context>
<context>
    <name>TlsFiles</name>
    <message>
        <source>The %1 file &quot;%2&quot; does not exist. Check the path.</source>
        <translation>Le fichier %1 « %2 » n&apos;existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The %1 path &quot;%2&quot; is not a file.</source>
        <translation>Le chemin %1 « %2 » n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; cannot be read (%3). Check its permissions.</source>
        <translation>Le fichier %1 « %2 » ne peut pas être lu (%3). Vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>de certificat d&apos;AC</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot;). Convert a DER file with: openssl x509 -inform der -in ca.der -out ca.pem</source>
        <translation>Le fichier d&apos;AC « %1 » ne contient aucun certificat PEM (attendu : « -----BEGIN CERTIFICATE----- »). Convertissez un fichier DER avec : openssl x509 -inform der -in ca.der -out ca.pem</translation>
    </message>
    <message>
        <source>A client key was given without a client certificate. Add the certificate file (--cert).</source>
        <translation>Une clé client a été donnée sans certificat client. Ajoutez le fichier de certificat (--cert).</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>de certificat client</translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; is not a PEM certificate. Check that it is the certificate (not the key) and PEM-encoded.</source>
        <translation>Le certificat client « %1 » n&apos;est pas un certificat PEM. Vérifiez qu&apos;il s&apos;agit bien du certificat (et non de la clé) et qu&apos;il est encodé en PEM.</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>de clé privée</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is encrypted. Enter its passphrase (--key-passphrase).</source>
        <translation>La clé privée « %1 » est chiffrée. Saisissez sa phrase secrète (--key-passphrase).</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the private key &quot;%1&quot;. Check the passphrase.</source>
        <translation>La phrase secrète ne déchiffre pas la clé privée « %1 ». Vérifiez la phrase secrète.</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is not a PEM private key. Check that it is the key (not the certificate) and PEM-encoded.</source>
        <translation>La clé privée « %1 » n&apos;est pas une clé privée PEM. Vérifiez qu&apos;il s&apos;agit bien de la clé (et non du certificat) et qu&apos;elle est encodée en PEM.</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; does not belong to the client certificate &quot;%2&quot;. Pick the key that was generated with this certificate.</source>
        <translation>La clé privée « %1 » n&apos;appartient pas au certificat client « %2 ». Choisissez la clé générée avec ce certificat.</translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; was given without its private key, and the certificate file holds none. Add the key file (--key).</source>
        <translation>Le certificat client « %1 » a été donné sans sa clé privée, et le fichier du certificat n&apos;en contient pas. Ajoutez le fichier de clé (--key).</translation>
    </message>
</context>
<context>
    <name>TopicSearch</name>
    <message>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation>L&apos;expression régulière n&apos;est pas valide : %1 (au caractère %2).</translation>
    </message>
</context>
<context>
    <name>TopicValidator</name>
    <message>
        <source>The %1 contains an invalid character (an unpaired UTF-16 surrogate). Retype it or paste it again from its source.</source>
        <translation>Le champ « %1 » contient un caractère non valide (un demi-caractère UTF-16 isolé). Saisissez-le de nouveau ou recollez-le depuis sa source.</translation>
    </message>
    <message>
        <source>The %1 is %2 bytes long; MQTT allows at most 65,535 bytes. Shorten it.</source>
        <translation>Le champ « %1 » fait %2 octets ; MQTT en autorise au plus 65 535. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The %1 contains a NUL character (U+0000), which MQTT forbids. Remove it.</source>
        <translation>Le champ « %1 » contient un caractère NUL (U+0000), interdit par MQTT. Supprimez-le.</translation>
    </message>
    <message>
        <source>The %1 is not valid UTF-8. MQTT strings must be UTF-8 text; check the encoding of its source.</source>
        <translation>Le champ « %1 » n&apos;est pas de l&apos;UTF-8 valide. Les chaînes MQTT doivent être du texte UTF-8 ; vérifiez l&apos;encodage de sa source.</translation>
    </message>
    <message>
        <source>The topic is empty. Enter a topic such as site-01/device-7/telemetry.</source>
        <translation>Le topic est vide. Saisissez un topic comme site-01/device-7/telemetry.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>The topic &quot;%1&quot; contains a wildcard (+ or #). Wildcards are only allowed in subscriptions; publish to a concrete topic.</source>
        <translation>Le topic « %1 » contient un joker (+ ou #). Les jokers ne sont permis que dans les abonnements ; publiez sur un topic précis.</translation>
    </message>
    <message>
        <source>The topic filter is empty. Enter a filter such as site-01/# or +/status.</source>
        <translation>Le filtre de topic est vide. Saisissez un filtre comme site-01/# ou +/status.</translation>
    </message>
    <message>
        <source>topic filter</source>
        <translation>filtre de topic</translation>
    </message>
    <message>
        <source>The shared subscription &quot;%1&quot; needs a group and a filter: $share/{group}/{filter}.</source>
        <translation>L&apos;abonnement partagé « %1 » exige un groupe et un filtre : $share/{groupe}/{filtre}.</translation>
    </message>
    <message>
        <source>The share group name &quot;%1&quot; contains a wildcard; group names must be plain text.</source>
        <translation>Le nom de groupe partagé « %1 » contient un joker ; les noms de groupe doivent être du texte simple.</translation>
    </message>
    <message>
        <source>The shared subscription &quot;%1&quot; has no filter after its group.</source>
        <translation>L&apos;abonnement partagé « %1 » n&apos;a pas de filtre après son groupe.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, # must be a whole level on its own (for example a/#, not a#).</source>
        <translation>Dans « %1 », # doit occuper un niveau entier à lui seul (par exemple a/#, pas a#).</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, # must be the last level: it matches everything below, so nothing may follow it.</source>
        <translation>Dans « %1 », # doit être le dernier niveau : il couvre tout ce qui est en dessous, rien ne peut donc le suivre.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, + must be a whole level on its own (for example a/+/c, not a/b+/c).</source>
        <translation>Dans « %1 », + doit occuper un niveau entier à lui seul (par exemple a/+/c, pas a/b+/c).</translation>
    </message>
</context>
<context>
    <name>TraceCommand</name>
    <message>
        <source>Usage: mqttdeck-cli trace --decode [-V mqttv5|mqttv311] [--hex] [--dir in|out]
Decodes raw MQTT bytes read from standard input (a stream of packets, split
anywhere) and prints one JSON line per packet: dir, offset, type, size,
packet_id, reason_codes and reason_names, properties (MQTT 5), and the type&apos;s
fields (PUBLISH: topic, qos, retain, dup, payload; CONNECT: its fields with the
password and authentication data masked).
  -V, --protocol-version V  how to read packets before a CONNECT: mqttv5
                            (default) or mqttv311; a CONNECT switches to the
                            version it names
  --hex                     the input is hexadecimal text (whitespace ignored)
  --dir in|out              the dir field of every line (default in: bytes a
                            client received; out for bytes it sent)
A malformed packet prints a line with error (what is wrong), rule (the
specification&apos;s rule) and offset (bytes from the start of the stream); the
decoding goes on with the next packet when the length was readable.
Exit codes: 0 every packet decoded, 1 bad arguments or hex text, 7 a malformed
or truncated packet.
</source>
        <translation>Utilisation : mqttdeck-cli trace --decode [-V mqttv5|mqttv311] [--hex] [--dir in|out]
Décode les octets MQTT bruts lus sur l&apos;entrée standard (un flux de paquets,
coupé n&apos;importe où) et affiche une ligne JSON par paquet : dir, offset, type,
size, packet_id, reason_codes et reason_names, properties (MQTT 5), et les
champs du type (PUBLISH : topic, qos, retain, dup, payload ; CONNECT : ses
champs, mot de passe et données d&apos;authentification masqués).
  -V, --protocol-version V  comment lire les paquets avant un CONNECT : mqttv5
                            (par défaut) ou mqttv311 ; un CONNECT passe à la
                            version qu&apos;il indique
  --hex                     l&apos;entrée est du texte hexadécimal (espaces ignorés)
  --dir in|out              le champ dir de chaque ligne (par défaut in : octets
                            reçus par un client ; out pour ceux qu&apos;il a envoyés)
Un paquet mal formé affiche une ligne avec error (ce qui ne va pas), rule (la
règle de la spécification) et offset (octets depuis le début du flux) ; le
décodage reprend au paquet suivant quand la longueur était lisible.
Codes de sortie : 0 tous les paquets décodés, 1 arguments ou texte hexadécimal
invalides, 7 un paquet mal formé ou tronqué.
</translation>
    </message>
    <message>
        <source>-V expects mqttv5 or mqttv311, not &quot;%1&quot;.</source>
        <translation>-V attend mqttv5 ou mqttv311, pas « %1 ».</translation>
    </message>
    <message>
        <source>--dir expects in or out, not &quot;%1&quot;.</source>
        <translation>--dir attend in ou out, pas « %1 ».</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; or missing value. See mqttdeck-cli trace --decode --help.</source>
        <translation>option inconnue « %1 » ou valeur manquante. Voir mqttdeck-cli trace --decode --help.</translation>
    </message>
    <message>
        <source>the input is not hexadecimal text: character %1 is neither a hex digit nor whitespace. Leave out --hex for raw bytes.</source>
        <translation>l&apos;entrée n&apos;est pas du texte hexadécimal : le caractère %1 n&apos;est ni un chiffre hexadécimal ni un espace. Retirez --hex pour des octets bruts.</translation>
    </message>
    <message>
        <source>the hexadecimal text ends with half a byte (an odd number of digits).</source>
        <translation>le texte hexadécimal se termine par un demi-octet (nombre impair de chiffres).</translation>
    </message>
</context>
<context>
    <name>TraceRelay</name>
    <message>
        <source>The packet trace is already started.</source>
        <translation>La trace des paquets est déjà démarrée.</translation>
    </message>
    <message>
        <source>The packet trace could not listen on 127.0.0.1: %1</source>
        <translation>La trace des paquets n&apos;a pas pu écouter sur 127.0.0.1 : %1</translation>
    </message>
</context>
<context>
    <name>WindowTerms</name>
    <message>
        <source>(CA certificate, in Connections… › TLS)</source>
        <translation>(Certificat d&apos;AC, dans Connexions… › TLS)</translation>
    </message>
    <message>
        <source>(untick “Verify that it names the host” in Connections… › TLS)</source>
        <translation>(décochez « Vérifier qu&apos;il nomme l&apos;hôte » dans Connexions… › TLS)</translation>
    </message>
    <message>
        <source>(Client certificate, in Connections… › TLS)</source>
        <translation>(Certificat client, dans Connexions… › TLS)</translation>
    </message>
    <message>
        <source>(Client key, in Connections… › TLS)</source>
        <translation>(Clé client, dans Connexions… › TLS)</translation>
    </message>
    <message>
        <source>(Key passphrase, in Connections… › TLS)</source>
        <translation>(Phrase secrète de la clé, dans Connexions… › TLS)</translation>
    </message>
    <message>
        <source>(Client id, in Connections… › General)</source>
        <translation>(Identifiant client, dans Connexions… › Général)</translation>
    </message>
    <message>
        <source>(the composer&apos;s Reason)</source>
        <translation>(la raison, dans le compositeur)</translation>
    </message>
    <message>
        <source>(the reason beside Retain, in the composer)</source>
        <translation>(la raison à côté de Retenir, dans le compositeur)</translation>
    </message>
    <message>
        <source>for a command topic as it is, choose the convention in the composer</source>
        <translation>pour un topic de commande tel quel, choisissez la convention dans le compositeur</translation>
    </message>
</context>
<context>
    <name>deck::ConnectionContext</name>
    <message>
        <source>The saved device rules could not be read (%1); the &quot;auto&quot; preset is used.</source>
        <translation>Les règles d&apos;équipements enregistrées n&apos;ont pas pu être lues (%1) ; le préréglage « auto » est utilisé.</translation>
    </message>
</context>
<context>
    <name>deck::cli::AclProbeCommand</name>
    <message>
        <source>Usage: mqttdeck-cli acl-probe [connection flags] [--sub FILTER]... [--read TOPIC]...
            [--pub TOPIC]... [--observer-user U --observer-pw P]
            [--observer-cert FILE --observer-key FILE]
            [--observer-profile NAME [--profiles-file PATH]] [--timeout S] [--json]
Tests what the identity of the connection flags may do, each right with a verdict
(allowed, denied, unknown) and its evidence: the SUBACK per filter, the PUBACK&apos;s
reason under MQTT 5, and delivery — a probe message the observer publishes must
reach the probed identity (read), and one the probed identity publishes must reach
the observer (write: under MQTT 3.1.1 the only evidence, as brokers drop refused
publishes silently; and mosquitto&apos;s acl_file grants forbidden subscriptions in the
SUBACK). Without an observer, what only a delivery can tell is &quot;unknown&quot;.
Probe messages are QoS 1 and never retained; subscriptions are removed after each
check.

  --sub FILTER          may it subscribe to FILTER (and receive what matches)?
  --read TOPIC          may it receive messages published on TOPIC?
  --pub TOPIC           may it publish on TOPIC?
</source>
        <translation>Utilisation : mqttdeck-cli acl-probe [options de connexion] [--sub FILTRE]...
            [--read TOPIC]... [--pub TOPIC]... [--observer-user U --observer-pw P]
            [--observer-cert FICHIER --observer-key FICHIER]
            [--observer-profile NOM [--profiles-file CHEMIN]] [--timeout S] [--json]
Teste ce que l&apos;identité des options de connexion a le droit de faire, chaque droit
avec un verdict (allowed, denied, unknown) et sa preuve : le SUBACK par filtre, la
raison du PUBACK sous MQTT 5, et la livraison — un message de test que publie
l&apos;observateur doit atteindre l&apos;identité testée (lecture), et un message que publie
l&apos;identité testée doit atteindre l&apos;observateur (écriture : sous MQTT 3.1.1 la seule
preuve, car les brokers ignorent sans rien dire les publications refusées ; et
l&apos;acl_file de mosquitto accorde dans le SUBACK des abonnements interdits). Sans
observateur, ce que seule une livraison peut dire est « unknown ».
Les messages de test sont en QoS 1 et jamais retenus ; les abonnements sont retirés
après chaque vérification.

  --sub FILTRE          peut-elle s&apos;abonner à FILTRE (et recevoir ses messages) ?
  --read TOPIC          peut-elle recevoir les messages publiés sur TOPIC ?
  --pub TOPIC           peut-elle publier sur TOPIC ?
</translation>
    </message>
    <message>
        <source>  --timeout S           how long a probe message may take (default 2)
  --json                one JSON object per check: check, target, verdict,
                        evidence, reason_code, probe_topic

Exit codes: 0 every check allowed, 30 at least one denied, 31 none denied and
at least one unknown; 1 bad arguments, 2 could not connect.

</source>
        <translation>  --timeout S           durée maximale d&apos;un message de test (2 par défaut)
  --json                un objet JSON par vérification : check, target, verdict,
                        evidence, reason_code, probe_topic

Codes de sortie : 0 tout est allowed, 30 au moins un denied, 31 aucun denied et
au moins un unknown ; 1 arguments invalides, 2 connexion impossible.

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli acl-probe --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli acl-probe --help.</translation>
    </message>
    <message>
        <source>nothing to test: give --sub FILTER, --read TOPIC or --pub TOPIC.</source>
        <translation>rien à tester : indiquez --sub FILTRE, --read TOPIC ou --pub TOPIC.</translation>
    </message>
    <message>
        <source>no observer: what only a delivery can show will be &quot;unknown&quot; (give --observer-user/--observer-pw or --observer-profile).</source>
        <translation>pas d&apos;observateur : ce que seule une livraison peut montrer sera « unknown » (indiquez --observer-user/--observer-pw ou --observer-profile).</translation>
    </message>
</context>
<context>
    <name>deck::cli::CertCommand</name>
    <message>
        <source>Usage: mqttdeck-cli cert [connection flags] [--warn-days N] [--json]
Shows the broker&apos;s certificate chain as its TLS handshake presents it, and the
client certificate (--cert): subject, issuer, names (SANs), validity, key type and
size, SHA-256 fingerprint, days to expiry, and warnings in words — expired,
expiring within --warn-days (default 30), not yet valid, self-signed, weak key,
host not in the certificate&apos;s names, not trusted by the CA in use. Nothing is sent
after the handshake. Needs a TLS connection (--cafile, --tls, mqtts://, wss://).

  --warn-days N   warn when a certificate expires within N days (default 30)
  --json          one JSON object per certificate: role (server, chain, client),
                  subject, issuer, sans, not_before, not_after, days_left,
                  key_type, key_bits, sha256, self_signed, warnings

Exit codes: 0 no warning, 32 a certificate has a warning, 2 no TLS handshake,
1 bad arguments.

</source>
        <translation>Utilisation : mqttdeck-cli cert [options de connexion] [--warn-days N] [--json]
Affiche la chaîne de certificats du broker telle que la présente sa négociation TLS,
et le certificat client (--cert) : sujet, émetteur, noms (SAN), validité, type et
taille de clé, empreinte SHA-256, jours avant expiration, et des avertissements en
clair — expiré, expirant d&apos;ici --warn-days jours (30 par défaut), pas encore valide,
auto-signé, clé faible, hôte absent des noms du certificat, non reconnu par l&apos;AC
utilisée. Rien n&apos;est envoyé après la négociation. Exige une connexion TLS (--cafile,
--tls, mqtts://, wss://).

  --warn-days N   avertir quand un certificat expire d&apos;ici N jours (30 par défaut)
  --json          un objet JSON par certificat : role (server, chain, client),
                  subject, issuer, sans, not_before, not_after, days_left,
                  key_type, key_bits, sha256, self_signed, warnings

Codes de sortie : 0 aucun avertissement, 32 un certificat a un avertissement, 2 pas
de négociation TLS, 1 arguments invalides.

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli cert --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli cert --help.</translation>
    </message>
    <message>
        <source>cert needs a TLS connection: give --cafile (or --tls), or a mqtts:// or wss:// URL.</source>
        <translation>cert exige une connexion TLS : indiquez --cafile (ou --tls), ou une URL mqtts:// ou wss://.</translation>
    </message>
    <message>
        <source>%1 certificate</source>
        <translation>Certificat %1</translation>
    </message>
    <message>
        <source>subject      %1</source>
        <translation>sujet        %1</translation>
    </message>
    <message>
        <source>issuer       %1</source>
        <translation>émetteur     %1</translation>
    </message>
    <message>
        <source>names        %1</source>
        <translation>noms         %1</translation>
    </message>
    <message numerus="yes">
        <source>valid        %1 to %2 (%n day(s) left)</source>
        <translation>
            <numerusform>valide       du %1 au %2 (%n jour restant)</numerusform>
            <numerusform>valide       du %1 au %2 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>key          %1 %2 bits</source>
        <translation>clé          %1 %2 bits</translation>
    </message>
    <message>
        <source>SHA-256      %1</source>
        <translation>SHA-256      %1</translation>
    </message>
    <message>
        <source>WARNING      %1</source>
        <translation>ATTENTION    %1</translation>
    </message>
</context>
<context>
    <name>deck::cli::CheckCommand</name>
    <message>
        <source>Usage: mqttdeck-cli check [connection flags] [--other-topic TOPIC]
            [--command-topic TOPIC] [--own-topic TOPIC] [--oversize BYTES]
            [--plain-port PORT] [--warn-days N] [observer flags] [--json]
The security acceptance checks of a broker for the identity of the connection
flags (typically a device&apos;s), each pass, fail, unknown or n/a with its evidence:
  anonymous_refused        a CONNECT without credentials is refused
  plaintext_closed         no plaintext MQTT listener beside TLS (--plain-port,
                           default 1883); fails on a plain connection itself
  wildcard_refused         &apos;#&apos; is not subscribable (nor delivering)
  sys_refused              &apos;$SYS/#&apos; is not subscribable (nor delivering)
  other_namespace_refused  publishing on --other-topic (another device&apos;s) refused
  command_publish_refused  publishing on --command-topic refused
  oversize_refused         a payload of --oversize bytes (default 1 MiB + 1) on
                           --own-topic (default mqttdeck/check/&lt;client id&gt;) refused
  certificate_valid        no certificate expires within --warn-days (default 30)
Rights are tested as acl-probe does: by delivery through an observer when one is
given, else from the broker&apos;s acknowledgements (&quot;unknown&quot; where they cannot tell).
Nothing published is retained.

</source>
        <translation>Utilisation : mqttdeck-cli check [options de connexion] [--other-topic TOPIC]
            [--command-topic TOPIC] [--own-topic TOPIC] [--oversize OCTETS]
            [--plain-port PORT] [--warn-days N] [options d&apos;observateur] [--json]
Les vérifications de recette sécurité d&apos;un broker pour l&apos;identité des options de
connexion (typiquement celle d&apos;un équipement), chacune pass, fail, unknown ou n/a
avec sa preuve :
  anonymous_refused        un CONNECT sans identifiants est refusé
  plaintext_closed         aucun port d&apos;écoute MQTT en clair à côté de TLS
                           (--plain-port, 1883 par défaut) ; échoue si la
                           connexion elle-même est en clair
  wildcard_refused         impossible de s&apos;abonner à &apos;#&apos; (ni d&apos;en recevoir)
  sys_refused              impossible de s&apos;abonner à &apos;$SYS/#&apos; (ni d&apos;en recevoir)
  other_namespace_refused  publication sur --other-topic (celui d&apos;un autre
                           équipement) refusée
  command_publish_refused  publication sur --command-topic refusée
  oversize_refused         un contenu de --oversize octets (1 Mio + 1 par défaut)
                           sur --own-topic (mqttdeck/check/&lt;client id&gt; par défaut)
                           refusé
  certificate_valid        aucun certificat n&apos;expire d&apos;ici --warn-days jours (30 par
                           défaut)
Les droits sont testés comme le fait acl-probe : par livraison via un observateur
s&apos;il est indiqué, sinon d&apos;après les acquittements du broker (« unknown » quand ils
ne permettent pas de conclure).
Rien de ce qui est publié n&apos;est retenu.

</translation>
    </message>
    <message>
        <source>  --json                one JSON object per check: check, result, title, evidence

Exit codes: 0 every check passed (or n/a), 33 one failed, 34 none failed and some
unknown, 1 bad arguments.

</source>
        <translation>  --json                un objet JSON par vérification : check, result, title,
                        evidence

Codes de sortie : 0 toutes les vérifications réussies (ou n/a), 33 une en échec,
34 aucune en échec et certaines unknown, 1 arguments invalides.

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli check --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli check --help.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>deck::cli::CommandCommand</name>
    <message>
        <source>Usage: mqttdeck-cli command send [connection flags]
           (--topic TOPIC | --target DEVICE_TOPIC_PREFIX)
           [--template NAME | --name NAME --payload JSON]
           [--convention stream|devices|mqtt5|sparkplug] [--qos 0|1|2]
           [--ttl S] [--ack-timeout S] [--result-timeout S]
           [--operator NAME] [--reason TEXT] [--retain --retain-reason TEXT]
           [--templates FILE] [--journal FILE] [--wait] [--json]
       mqttdeck-cli command resume [connection flags] [--journal FILE] [--wait] [--json]
       mqttdeck-cli command templates [--templates FILE] [--json]

send: records the command in the journal, subscribes to its answer topics, then
publishes it (QoS 1 unless the template says otherwise) and prints each step:
CREATED, SENT (the broker&apos;s answer), ACKED, RUNNING, DONE, or REJECTED, FAILED,
EXPIRED (time to live passed before an ack), TIMEOUT (no ack or no result in time).
Without --wait it ends once the broker has the command.
  --target PREFIX     {env}/{tenant}/{site}/{area}/{asset} (stream convention),
                      devices/{id} (devices), spBv1.0/{group}/{node}[/{device}]
                      (sparkplug); no wildcards
  --topic TOPIC       the command topic as is (say --convention)
  --template NAME     from the library: built-in reboot, ping, set-config,
                      sparkplug-reboot, and those of --templates FILE (default
                      command-templates.json in the data directory)
  --name, --payload   a command made on the spot; the payload is JSON with
                      placeholders such as {{command_id}}, {{expires_at}},
                      {{requested_by}}, {{reason}}, {{device_id}}
  --convention C      mqtt5 sends a response topic and the command id as
                      correlation data (needs -V mqttv5, the default)
  --ttl, --ack-timeout, --result-timeout  seconds (override the template)
  --operator NAME     requested_by (default: the OS user)
  --reason TEXT       why (required by reboot and set-config)
  --retain            refused on command topics unless --retain-reason says why
  --journal FILE      the journal (default journal.sqlite in the data directory)
  --wait              follow the command to its final state
  --json              each step as a JSON line: command_id, state, at (UTC), ...
resume: follows again the journal&apos;s unfinished commands sent through this broker,
and marks UNKNOWN those whose timeouts passed while no MQTT Deck followed them.

Exit codes with --wait: 0 DONE, 10 REJECTED, 11 FAILED, 12 EXPIRED, 13 TIMEOUT,
14 CANCELLED, 15 UNKNOWN; 1 bad arguments, 2 could not connect, 3 refused by the
broker (the publish or the answers&apos; subscription), 4 connection lost, 6 the
journal could not be opened or written. Without --wait: 0 once SENT.

</source>
        <translation>Utilisation : mqttdeck-cli command send [options de connexion]
           (--topic TOPIC | --target PRÉFIXE_DE_TOPIC_DE_L_ÉQUIPEMENT)
           [--template NOM | --name NOM --payload JSON]
           [--convention stream|devices|mqtt5|sparkplug] [--qos 0|1|2]
           [--ttl S] [--ack-timeout S] [--result-timeout S]
           [--operator NOM] [--reason TEXTE] [--retain --retain-reason TEXTE]
           [--templates FICHIER] [--journal FICHIER] [--wait] [--json]
       mqttdeck-cli command resume [options de connexion] [--journal FICHIER] [--wait] [--json]
       mqttdeck-cli command templates [--templates FICHIER] [--json]

send : enregistre la commande dans le journal, s&apos;abonne à ses topics de réponse, puis
la publie (QoS 1 sauf si le modèle dit autrement) et affiche chaque étape :
CREATED, SENT (la réponse du broker), ACKED, RUNNING, DONE, ou REJECTED, FAILED,
EXPIRED (durée de vie écoulée avant un acquittement), TIMEOUT (pas d&apos;acquittement ou
pas de résultat à temps). Sans --wait, se termine dès que le broker a la commande.
  --target PRÉFIXE    {env}/{tenant}/{site}/{area}/{asset} (convention stream),
                      devices/{id} (devices), spBv1.0/{group}/{node}[/{device}]
                      (sparkplug) ; sans joker
  --topic TOPIC       le topic de la commande tel quel (indiquez --convention)
  --template NOM      de la bibliothèque : reboot, ping, set-config, sparkplug-reboot
                      intégrés, et ceux de --templates FICHIER (par défaut
                      command-templates.json dans le dossier de données)
  --name, --payload   une commande faite sur le moment ; le contenu est du JSON avec
                      des paramètres comme {{command_id}}, {{expires_at}},
                      {{requested_by}}, {{reason}}, {{device_id}}
  --convention C      mqtt5 envoie un topic de réponse et l&apos;identifiant de la commande
                      comme données de corrélation (exige -V mqttv5, le défaut)
  --ttl, --ack-timeout, --result-timeout  secondes (remplacent celles du modèle)
  --operator NOM      requested_by (par défaut : l&apos;utilisateur système)
  --reason TEXTE      pourquoi (exigé par reboot et set-config)
  --retain            refusé sur les topics de commande sauf si --retain-reason dit pourquoi
  --journal FICHIER   le journal (par défaut journal.sqlite dans le dossier de données)
  --wait              suivre la commande jusqu&apos;à son état final
  --json              chaque étape en ligne JSON : command_id, state, at (UTC), ...
resume : suit à nouveau les commandes inachevées du journal envoyées par ce broker,
et marque UNKNOWN celles dont les délais sont passés sans qu&apos;aucun MQTT Deck les suive.

Codes de sortie avec --wait : 0 DONE, 10 REJECTED, 11 FAILED, 12 EXPIRED, 13 TIMEOUT,
14 CANCELLED, 15 UNKNOWN ; 1 arguments invalides, 2 connexion impossible, 3 refus du
broker (la publication ou l&apos;abonnement aux réponses), 4 connexion perdue, 6 le
journal n&apos;a pas pu être ouvert ou écrit. Sans --wait : 0 dès SENT.

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli command --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli command --help.</translation>
    </message>
    <message>
        <source>%1  %2  %3  QoS %4, ttl %5 s, ack %6 s, result %7 s%8%9</source>
        <translation>%1  %2  %3  QoS %4, durée de vie %5 s, acquittement %6 s, résultat %7 s%8%9</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>, dangerous</source>
        <translation>, dangereux</translation>
    </message>
    <message>
        <source>, needs a reason</source>
        <translation>, exige une raison</translation>
    </message>
    <message>
        <source>mqttdeck-cli command knows send, resume and templates, not &quot;%1&quot;. See --help.</source>
        <translation>mqttdeck-cli command connaît send, resume et templates, pas « %1 ». Voir --help.</translation>
    </message>
    <message>
        <source>command resume takes connection flags, --journal, --wait and --json; not &quot;%1&quot;.</source>
        <translation>command resume prend les options de connexion, --journal, --wait et --json ; pas « %1 ».</translation>
    </message>
    <message>
        <source>--convention: &quot;%1&quot; is not stream, devices, mqtt5 or sparkplug.</source>
        <translation>--convention : « %1 » n&apos;est ni stream, ni devices, ni mqtt5, ni sparkplug.</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot; (the library has: %2).</source>
        <translation>modèle inconnu « %1 » (la bibliothèque a : %2).</translation>
    </message>
    <message>
        <source>say what to send: --template NAME, or --name NAME and --payload JSON.</source>
        <translation>dites quoi envoyer : --template NOM, ou --name NOM et --payload JSON.</translation>
    </message>
    <message>
        <source>journal: %1 unfinished command(s) followed again, %2 marked UNKNOWN (their timeouts passed), %3 sent through another broker left alone.</source>
        <translation>journal : %1 commande(s) inachevée(s) suivie(s) à nouveau, %2 marquée(s) UNKNOWN (leurs délais sont passés), %3 envoyée(s) par un autre broker laissée(s) de côté.</translation>
    </message>
    <message>
        <source>followed again</source>
        <translation>suivie à nouveau</translation>
    </message>
</context>
<context>
    <name>deck::cli::DoctorCommand</name>
    <message>
        <source>Usage: mqttdeck-cli doctor [connection flags] [-t FILTER] [--json]
Walks the connection as a support engineer would — dns, tcp, tls, connect,
subscribe, roundtrip (a QoS 1 message published on a topic of the filter must
come back) — and stops at the first step that fails, saying the likely cause and
what to try. The message is never retained; by default its topic is the doctor&apos;s
own (mqttdeck/doctor/&lt;client id&gt;).

  -t, --topic FILTER   subscribe to FILTER and publish on a topic it matches
  --json               one JSON object per step: step, ok, detail, ms, skipped

Exit code: 0 when every step passed, 8 when one failed (it is the last printed);
1 bad arguments.

</source>
        <translation>Utilisation : mqttdeck-cli doctor [options de connexion] [-t FILTRE] [--json]
Parcourt la connexion comme le ferait un technicien du support — dns, tcp, tls,
connect, subscribe, roundtrip (un message QoS 1 publié sur un topic du filtre doit
revenir) — et s&apos;arrête à la première étape qui échoue, en indiquant la cause
probable et quoi essayer. Le message n&apos;est jamais retenu ; par défaut, son topic
est celui du diagnostic (mqttdeck/doctor/&lt;client id&gt;).

  -t, --topic FILTRE   s&apos;abonner à FILTRE et publier sur un topic qui lui correspond
  --json               un objet JSON par étape : step, ok, detail, ms, skipped

Code de sortie : 0 si chaque étape a réussi, 8 si l&apos;une a échoué (c&apos;est la dernière
affichée) ; 1 arguments invalides.

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli doctor --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli doctor --help.</translation>
    </message>
</context>
<context>
    <name>deck::cli::FleetCommand</name>
    <message>
        <source>Usage: mqttdeck-cli fleet [connection flags] [--preset NAME | --rules FILE]
                          [--stale-after SECONDS] (--once [--wait SECONDS] | --watch) [--json]
Shows the devices the broker&apos;s traffic reveals: status topics and wills, any
message under a device, Sparkplug B births and deaths. Subscribes to &apos;#&apos; (and
spBv1.0/#); publishes nothing.

  --preset NAME         auto (default: all below), stream ({env}/{tenant}/{site}/
                        {area}/{asset}/status), devices (devices/{id}/status),
                        sparkplug
  --rules FILE          device rules as JSON (see docs/cli.md)
  --stale-after SECONDS a device silent for longer is stale (default 300)
  --once                collect for --wait seconds (default 3: retained status
                        arrives first), print the fleet, exit
  --watch               print every change of state as it happens
  --json                one JSON object per device per line

</source>
        <translation>Utilisation : mqttdeck-cli fleet [options de connexion] [--preset NOM | --rules FICHIER]
                            [--stale-after SECONDES] (--once [--wait SECONDES] | --watch) [--json]
Montre les équipements que révèle le trafic du broker : topics d&apos;état et testaments,
tout message sous un équipement, naissances et morts Sparkplug B. S&apos;abonne à &apos;#&apos; (et
spBv1.0/#) ; ne publie rien.

  --preset NOM          auto (par défaut : tous ceux-ci), stream ({env}/{tenant}/{site}/
                        {area}/{asset}/status), devices (devices/{id}/status),
                        sparkplug
  --rules FICHIER       règles d&apos;équipements en JSON (voir docs/cli.md)
  --stale-after SECONDES un équipement silencieux plus longtemps est muet (300 par défaut)
  --once                collecter pendant --wait secondes (3 par défaut : les états
                        retenus arrivent d&apos;abord), afficher la flotte, quitter
  --watch               afficher chaque changement d&apos;état quand il arrive
  --json                un objet JSON par équipement et par ligne

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli fleet --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli fleet --help.</translation>
    </message>
    <message>
        <source>say --once (print the fleet after --wait seconds) or --watch (print each change), one of the two.</source>
        <translation>indiquez --once (afficher la flotte après --wait secondes) ou --watch (afficher chaque changement), l&apos;un des deux.</translation>
    </message>
    <message>
        <source>cannot read the rules file %1: %2</source>
        <translation>impossible de lire le fichier de règles %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>--preset: %1</source>
        <translation>--preset : %1</translation>
    </message>
    <message>
        <source>never seen live</source>
        <translation>jamais vu en direct</translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation>vu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reconnect(s)</source>
        <translation>
            <numerusform>%n reconnexion</numerusform>
            <numerusform>%n reconnexions</numerusform>
        </translation>
    </message>
    <message>
        <source>firmware %1</source>
        <translation>micrologiciel %1</translation>
    </message>
    <message>
        <source>%1 devices: %2 online, %3 stale, %4 offline, %5 unknown</source>
        <translation>%1 équipements : %2 en ligne, %3 muets, %4 hors ligne, %5 inconnus</translation>
    </message>
    <message>
        <source>%1 more devices were not tracked (the limit is 100,000).</source>
        <translation>%1 équipements de plus n&apos;ont pas été suivis (la limite est de 100 000).</translation>
    </message>
    <message>
        <source>%1 changes were not printed: the output could not keep up.</source>
        <translation>%1 changements n&apos;ont pas été affichés : la sortie n&apos;a pas suivi.</translation>
    </message>
</context>
<context>
    <name>deck::cli::PubCommand</name>
    <message>
        <source>the broker refused the message: %1 (%2). %3</source>
        <translation>le broker a refusé le message : %1 (%2). %3</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli pub -t TOPIC (-m TEXT | -f FILE | -n | -s | -l) [options]
Publishes and reports the broker&apos;s answer (MQTT 5 reason codes).

Message:
  -t, --topic TOPIC           topic (no wildcards)
  -m, --message TEXT          payload text
  -f, --file FILE             payload read from a file (binary as is)
  -n, --null-message          empty payload (clears a retained message with -r)
  -s, --stdin-file            payload read from standard input until EOF
  -l, --stdin-line            one message per line of standard input
  -q, --qos 0|1|2             QoS (default 0)
  -r, --retain                retain the message
      --quiet                 no warning for accepted messages with a reason code (0x10 no subscribers)

</source>
        <translation>Utilisation : mqttdeck-cli pub -t TOPIC (-m TEXTE | -f FICHIER | -n | -s | -l) [options]
Publie et affiche la réponse du broker (codes de raison MQTT 5).

Message :
  -t, --topic TOPIC           topic (sans joker)
  -m, --message TEXTE         contenu texte
  -f, --file FICHIER          contenu lu dans un fichier (binaire tel quel)
  -n, --null-message          contenu vide (efface un message retenu avec -r)
  -s, --stdin-file            contenu lu sur l&apos;entrée standard jusqu&apos;à la fin
  -l, --stdin-line            un message par ligne de l&apos;entrée standard
  -q, --qos 0|1|2             QoS (par défaut 0)
  -r, --retain                retenir le message
      --quiet                 pas d&apos;avertissement pour les messages acceptés avec un code de raison (0x10 aucun abonné)

</translation>
    </message>
    <message>
        <source>-q expects 0, 1 or 2, not &quot;%1&quot;.</source>
        <translation>-q attend 0, 1 ou 2, pas « %1 ».</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli pub --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli pub --help.</translation>
    </message>
    <message>
        <source>no payload: give one of -m, -f, -n, -s or -l.</source>
        <translation>aucun contenu : donnez l&apos;une des options -m, -f, -n, -s ou -l.</translation>
    </message>
    <message>
        <source>give only one of -m, -f, -n, -s or -l.</source>
        <translation>donnez une seule des options -m, -f, -n, -s ou -l.</translation>
    </message>
    <message>
        <source>standard input held no line to publish.</source>
        <translation>l&apos;entrée standard ne contenait aucune ligne à publier.</translation>
    </message>
    <message>
        <source>no topic: give one with -t.</source>
        <translation>aucun topic : donnez-en un avec -t.</translation>
    </message>
    <message>
        <source>-f needs a file name.</source>
        <translation>-f demande un nom de fichier.</translation>
    </message>
    <message>
        <source>the broker accepts packets of at most %1 bytes, and this message (%2 bytes of payload) would not fit: it was not sent. Publish a smaller payload.</source>
        <translation>le broker accepte des paquets de %1 octets au plus, et ce message (%2 octets de charge utile) n&apos;y tiendrait pas : il n&apos;a pas été envoyé. Publiez une charge utile plus petite.</translation>
    </message>
</context>
<context>
    <name>deck::cli::RetainedCommand</name>
    <message>
        <source>Usage: mqttdeck-cli retained [connection flags] [-t FILTER]... [--wait SECONDS]
                             [--large BYTES] [--json]
Lists the retained values the broker keeps under the filters (default &apos;#&apos;), with
their anti-patterns: retained_command (a reconnecting device would replay it),
retained_telemetry, large (over --large bytes, default 16384). Publishes nothing.

  -t, --topic FILTER   where to look (repeatable)
  --wait SECONDS       how long to collect after subscribing (default 2)
  --json               one JSON object per topic per line: topic, size, qos, flags

</source>
        <translation>Utilisation : mqttdeck-cli retained [options de connexion] [-t FILTRE]... [--wait SECONDES]
                               [--large OCTETS] [--json]
Liste les valeurs retenues que le broker garde sous les filtres (&apos;#&apos; par défaut), avec
leurs travers : retained_command (un équipement qui se reconnecte la rejouerait),
retained_telemetry, large (plus de --large octets, 16384 par défaut). Ne publie rien.

  -t, --topic FILTRE   où regarder (répétable)
  --wait SECONDES      durée de collecte après l&apos;abonnement (2 par défaut)
  --json               un objet JSON par topic et par ligne : topic, size, qos, flags

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli retained --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli retained --help.</translation>
    </message>
    <message numerus="yes">
        <source>%n retained topic(s)</source>
        <translation>
            <numerusform>%n topic retenu</numerusform>
            <numerusform>%n topics retenus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more retained topics were not listed (the limit is 200,000).</source>
        <translation>%1 topics retenus de plus n&apos;ont pas été listés (la limite est de 200 000).</translation>
    </message>
</context>
<context>
    <name>deck::cli::SparkplugCommand</name>
    <message>
        <source>no NBIRTH from %1/%2 within %3 s after the rebirth request. Is the node connected, and does it subscribe to its NCMD topic?</source>
        <translation>aucun NBIRTH de %1/%2 dans les %3 s suivant la demande de renaissance. Le nœud est-il connecté, et abonné à son topic NCMD ?</translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli sparkplug rebirth [connection flags] --group G --node N
                                     [--timeout SECONDS]
Asks a Sparkplug B edge node for a rebirth (NCMD spBv1.0/G/NCMD/N with the metric
Node Control/Rebirth = true) and waits for its new NBIRTH: exit 0 when it comes in
time (default 10 s), 5 when it does not, 3 when the broker refuses the request.
MQTT Deck never publishes spBv1.0/STATE/...: it is not a primary host.

</source>
        <translation>Utilisation : mqttdeck-cli sparkplug rebirth [options de connexion] --group G --node N
                                     [--timeout SECONDES]
Demande à un nœud Sparkplug B de renaître (NCMD spBv1.0/G/NCMD/N avec la métrique
Node Control/Rebirth = true) et attend son nouveau NBIRTH : sortie 0 s&apos;il arrive à
temps (10 s par défaut), 5 sinon, 3 si le broker refuse la demande.
MQTT Deck ne publie jamais spBv1.0/STATE/... : ce n&apos;est pas un hôte primaire.

</translation>
    </message>
    <message>
        <source>mqttdeck-cli sparkplug knows one action: rebirth. See --help.</source>
        <translation>mqttdeck-cli sparkplug connaît une action : rebirth. Voir --help.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli sparkplug --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli sparkplug --help.</translation>
    </message>
    <message>
        <source>--group and --node must each be one topic level (not empty, no /, + or #).</source>
        <translation>--group et --node doivent chacun être un niveau de topic (non vide, sans /, + ni #).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>NBIRTH from %1/%2 %3 ms after the request (bdSeq %4, %5 metrics)%6</source>
        <translation>NBIRTH de %1/%2 %3 ms après la demande (bdSeq %4, %5 métriques)%6</translation>
    </message>
    <message>
        <source>; its payload is not valid Sparkplug B</source>
        <translation> ; son contenu n&apos;est pas du Sparkplug B valide</translation>
    </message>
    <message>
        <source>the rebirth request was not delivered: %1</source>
        <translation>la demande de renaissance n&apos;a pas été remise : %1</translation>
    </message>
    <message>
        <source>rebirth requested on %1; waiting up to %2 s for the NBIRTH…</source>
        <translation>renaissance demandée sur %1 ; attente du NBIRTH pendant %2 s au plus…</translation>
    </message>
</context>
<context>
    <name>deck::cli::SubCommand</name>
    <message>
        <source>timed out after -W seconds.</source>
        <translation>délai -W dépassé.</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2).</source>
        <translation>reconnexion dans %1 s (tentative %2).</translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli sub -t FILTER [-t FILTER...] [options]
Subscribes and prints one line per message.

Subscription:
  -t, --topic FILTER          topic filter (repeatable; + and # wildcards)
  -q, --qos 0|1|2             requested QoS (default 0)
      --no-local              MQTT 5: do not receive our own messages
      --retain-as-published   MQTT 5: keep the retain flag as published
      --retain-handling 0|1|2 MQTT 5: 0 send retained, 1 only if new, 2 never
Output:
  -v, --verbose               print &quot;topic payload&quot; (default: payload only)
      --json                  one JSON object per line with QoS, retain, dup and every MQTT 5 property
  -N                          no newline after the payload
  -R                          skip retained messages (print only live ones)
  -C, --count N               exit after N messages
  -W, --timeout SECONDS       exit with code 5 if not done within SECONDS

</source>
        <translation>Utilisation : mqttdeck-cli sub -t FILTRE [-t FILTRE...] [options]
S&apos;abonne et affiche une ligne par message.

Abonnement :
  -t, --topic FILTRE          filtre de topic (répétable ; jokers + et #)
  -q, --qos 0|1|2             QoS demandée (par défaut 0)
      --no-local              MQTT 5 : ne pas recevoir nos propres messages
      --retain-as-published   MQTT 5 : garder l&apos;indicateur retain tel que publié
      --retain-handling 0|1|2 MQTT 5 : 0 envoyer les retenus, 1 seulement si nouveau, 2 jamais
Sortie :
  -v, --verbose               afficher « topic contenu » (par défaut : le contenu seul)
      --json                  un objet JSON par ligne avec QoS, retain, dup et toutes les propriétés MQTT 5
  -N                          pas de saut de ligne après le contenu
  -R                          ignorer les messages retenus (n&apos;afficher que les messages en direct)
  -C, --count N               quitter après N messages
  -W, --timeout SECONDES      quitter avec le code 5 si ce n&apos;est pas fini en SECONDES

</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli sub --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli sub --help.</translation>
    </message>
    <message>
        <source>no topic filter: give at least one with -t (for example -t &apos;#&apos;).</source>
        <translation>aucun filtre de topic : donnez-en au moins un avec -t (par exemple -t &apos;#&apos;).</translation>
    </message>
    <message>
        <source>--no-local, --retain-as-published, --retain-handling and subscription identifiers need MQTT 5 (-V mqttv5).</source>
        <translation>--no-local, --retain-as-published, --retain-handling et les identifiants d&apos;abonnement exigent MQTT 5 (-V mqttv5).</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were not printed: the output could not keep up.</source>
        <translation>
            <numerusform>%n message n&apos;a pas été affiché : la sortie n&apos;a pas suivi.</numerusform>
            <numerusform>%n messages n&apos;ont pas été affichés : la sortie n&apos;a pas suivi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deck::cli::TraceLiveCommand</name>
    <message>
        <source>the client</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>the broker</source>
        <translation>le broker</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli trace --help.</source>
        <translation>option inconnue « %1 ». Voir mqttdeck-cli trace --help.</translation>
    </message>
    <message>
        <source>the broker refused a publish: %1 (%2). %3</source>
        <translation>le broker a refusé une publication : %1 (%2). %3</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) were not printed: the trace buffer was full.</source>
        <translation>
            <numerusform>%n paquet n&apos;a pas été affiché : le tampon de trace était plein.</numerusform>
            <numerusform>%n paquets n&apos;ont pas été affichés : le tampon de trace était plein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli trace [connection flags] [-t FILTER]... [--publish TOPIC PAYLOAD]... [--duration S] [--json]
       mqttdeck-cli trace --decode ... (see mqttdeck-cli trace --decode --help)
Connects through the packet trace, subscribes and publishes as asked, and prints
every MQTT packet both ways as it crosses: time, direction (out: sent by us, in:
sent by the broker), type, packet id, QoS, retain, dup, topic, reason codes with
their names; and when a connection closes, which side closed it (type CLOSED).
Passwords and authentication data are never printed. TCP, TLS and WebSockets (the
trace makes the TLS and WebSocket connection with the connection&apos;s settings).
  -t, --topic FILTER          subscribe to FILTER (repeatable)
  -q, --qos 0|1|2             QoS of the subscriptions and publishes (default 0)
  --publish TOPIC PAYLOAD     publish once connected (repeatable)
  --duration S                seconds to trace before disconnecting (default 5)
  --json                      one JSON line per packet (dir, type, packet_id,
                              reason_codes, topic, qos, retain, dup, time...)
Exit codes as for sub; 3 when the broker refused a subscription or a publish.

</source>
        <translation>Utilisation : mqttdeck-cli trace [options de connexion] [-t FILTRE]... [--publish TOPIC CONTENU]... [--duration S] [--json]
       mqttdeck-cli trace --decode ... (voir mqttdeck-cli trace --decode --help)
Se connecte à travers la trace des paquets, s&apos;abonne et publie comme demandé, et
affiche chaque paquet MQTT dans les deux sens à son passage : heure, sens (out :
envoyé par nous, in : envoyé par le broker), type, identifiant de paquet, QoS,
retain, dup, topic, codes de raison avec leur nom ; et, quand une connexion se
ferme, quel côté l&apos;a fermée (type CLOSED). Les mots de passe et les données
d&apos;authentification ne sont jamais affichés. TCP, TLS et WebSockets (la trace
établit la connexion TLS et WebSocket avec les réglages de la connexion).
  -t, --topic FILTRE          s&apos;abonner à FILTRE (répétable)
  -q, --qos 0|1|2             QoS des abonnements et des publications (0 par défaut)
  --publish TOPIC CONTENU     publier une fois connecté (répétable)
  --duration S                secondes de trace avant de se déconnecter (5 par défaut)
  --json                      une ligne JSON par paquet (dir, type, packet_id,
                              reason_codes, topic, qos, retain, dup, time...)
Codes de sortie comme pour sub ; 3 quand le broker a refusé un abonnement ou une publication.

</translation>
    </message>
</context>
<context>
    <name>deck::commands::CommandSender</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>What became of the commands could not be recorded: %1</source>
        <translation>Ce que sont devenues les commandes n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Nothing was sent, because it could not be recorded: %1</source>
        <translation>Rien n&apos;a été envoyé, car cela n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the connection is not up.</source>
        <translation>Rien n&apos;a été envoyé : la connexion n&apos;est pas établie.</translation>
    </message>
    <message>
        <source>the mqtt5 convention needs an MQTT 5 connection (response topic and correlation data are MQTT 5 properties).</source>
        <translation>la convention mqtt5 exige une connexion MQTT 5 (le topic de réponse et les données de corrélation sont des propriétés MQTT 5).</translation>
    </message>
    <message>
        <source>not sent: its answers could not be subscribed (%1)</source>
        <translation>non envoyée : ses réponses n&apos;ont pas pu être abonnées (%1)</translation>
    </message>
    <message>
        <source>MQTT Deck stopped while following this command and its timeouts passed meanwhile: its outcome is unknown.</source>
        <translation>MQTT Deck s&apos;est arrêté pendant le suivi de cette commande et ses délais sont passés entre-temps : son issue est inconnue.</translation>
    </message>
</context>
<context>
    <name>deck::diagnostics::AclProbe</name>
    <message>
        <source>the probed identity</source>
        <translation>l&apos;identité testée</translation>
    </message>
    <message>
        <source>the observer</source>
        <translation>l&apos;observateur</translation>
    </message>
    <message>
        <source>the broker did not answer in time (%1 s)</source>
        <translation>le broker n&apos;a pas répondu à temps (%1 s)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 could not connect: %2. %3</source>
        <translation>%1 n&apos;a pas pu se connecter : %2. %3</translation>
    </message>
    <message>
        <source>%1 cannot connect: %2</source>
        <translation>%1 ne peut pas se connecter : %2</translation>
    </message>
    <message>
        <source>no SUBACK (%1)</source>
        <translation>pas de SUBACK (%1)</translation>
    </message>
    <message>
        <source>SUBACK granted QoS %1</source>
        <translation>SUBACK accordant la QoS %1</translation>
    </message>
    <message>
        <source>SUBACK %1 %2</source>
        <translation>SUBACK %1 %2</translation>
    </message>
    <message>
        <source>PUBACK (MQTT 3.1.1: no reason code)</source>
        <translation>PUBACK (MQTT 3.1.1 : pas de code de raison)</translation>
    </message>
    <message>
        <source>PUBACK %1 %2</source>
        <translation>PUBACK %1 %2</translation>
    </message>
    <message>
        <source>%1, and the broker&apos;s own message on %2 arrived.</source>
        <translation>%1, et le propre message du broker sur %2 est arrivé.</translation>
    </message>
    <message>
        <source>%1, but no message under $SYS arrived within %2 s, while the observer received the broker&apos;s %3: the broker drops them for this identity.</source>
        <translation>%1, mais aucun message sous $SYS n&apos;est arrivé en %2 s, alors que l&apos;observateur a reçu le message %3 du broker : le broker les ignore pour cette identité.</translation>
    </message>
    <message>
        <source>%1, but no message under $SYS arrived within %2 s (the broker may not publish $SYS, or drops it for this identity).</source>
        <translation>%1, mais aucun message sous $SYS n&apos;est arrivé en %2 s (le broker ne publie peut-être pas $SYS, ou l&apos;ignore pour cette identité).</translation>
    </message>
    <message>
        <source>%1, but without an observer nothing can show that messages are delivered (mosquitto&apos;s acl_file grants a forbidden subscription and drops its messages): give an observer.</source>
        <translation>%1, mais sans observateur rien ne peut montrer que les messages sont livrés (l&apos;acl_file de mosquitto accorde un abonnement interdit et en ignore les messages) : indiquez un observateur.</translation>
    </message>
    <message>
        <source>%1; the observer may not subscribe to %2 (%3), so no delivery could be tested.</source>
        <translation>%1 ; l&apos;observateur n&apos;a pas le droit de s&apos;abonner à %2 (%3), donc aucune livraison n&apos;a pu être testée.</translation>
    </message>
    <message>
        <source>%1; the observer may not publish to %2 (%3), so no delivery could be tested.</source>
        <translation>%1 ; l&apos;observateur n&apos;a pas le droit de publier sur %2 (%3), donc aucune livraison n&apos;a pu être testée.</translation>
    </message>
    <message>
        <source>%1, and a probe message the observer published on %2 arrived.</source>
        <translation>%1, et un message de test publié par l&apos;observateur sur %2 est arrivé.</translation>
    </message>
    <message>
        <source>%1, but the probe message the observer published on %2 never arrived (%3 s), while the observer received it: the broker drops what this identity may not read.</source>
        <translation>%1, mais le message de test publié par l&apos;observateur sur %2 n&apos;est jamais arrivé (%3 s), alors que l&apos;observateur l&apos;a reçu : le broker ignore ce que cette identité n&apos;a pas le droit de lire.</translation>
    </message>
    <message>
        <source>%1; the observer&apos;s probe message on %2 did not reach the observer itself either (%3 s): the observer may not publish or read there.</source>
        <translation>%1 ; le message de test de l&apos;observateur sur %2 n&apos;a pas non plus atteint l&apos;observateur lui-même (%3 s) : l&apos;observateur n&apos;a pas le droit d&apos;y publier ou d&apos;y lire.</translation>
    </message>
    <message>
        <source>the publish did not complete: %1</source>
        <translation>la publication n&apos;a pas abouti : %1</translation>
    </message>
    <message>
        <source>%1; under MQTT 3.1.1 brokers drop a refused publish silently, so only a delivery can tell, and %2.</source>
        <translation>%1 ; sous MQTT 3.1.1, les brokers ignorent sans rien dire une publication refusée, donc seule une livraison peut le dire, et %2.</translation>
    </message>
    <message>
        <source>%1, but a broker may acknowledge and drop: only a delivery can tell, and %2.</source>
        <translation>%1, mais un broker peut acquitter puis ignorer : seule une livraison peut le dire, et %2.</translation>
    </message>
    <message>
        <source>%1, and the observer received the probe message on %2.</source>
        <translation>%1, et l&apos;observateur a reçu le message de test sur %2.</translation>
    </message>
    <message>
        <source>%1, but the observer, subscribed to %2, never received the probe message (%3 s) while it received its own there: the broker dropped it (this identity may not publish there).</source>
        <translation>%1, mais l&apos;observateur, abonné à %2, n&apos;a jamais reçu le message de test (%3 s) alors qu&apos;il y a reçu le sien : le broker l&apos;a ignoré (cette identité n&apos;a pas le droit d&apos;y publier).</translation>
    </message>
    <message>
        <source>%1; the observer received neither the probe message nor its own on %2 (%3 s): the observer may not read there.</source>
        <translation>%1 ; l&apos;observateur n&apos;a reçu ni le message de test ni le sien sur %2 (%3 s) : l&apos;observateur n&apos;a pas le droit d&apos;y lire.</translation>
    </message>
    <message>
        <source>no observer was given</source>
        <translation>aucun observateur n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>the observer may not subscribe to %1 (%2)</source>
        <translation>l&apos;observateur n&apos;a pas le droit de s&apos;abonner à %1 (%2)</translation>
    </message>
</context>
<context>
    <name>deck::diagnostics::CertificateReport</name>
    <message>
        <source>%1:%2 did not complete a TLS handshake within %3 s.</source>
        <translation>%1:%2 n&apos;a pas terminé de négociation TLS en %3 s.</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>not valid before %1 (check this computer&apos;s clock)</source>
        <translation>pas valide avant le %1 (vérifiez l&apos;horloge de cet ordinateur)</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s), on %1</source>
        <translation>
            <numerusform>expire dans %n jour, le %1</numerusform>
            <numerusform>expire dans %n jours, le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>self-signed: only trusted where it is given as the CA itself</source>
        <translation>auto-signé : reconnu seulement là où il est lui-même donné comme AC</translation>
    </message>
    <message>
        <source>weak key: %1 %2 bits (use RSA 2048 or more, or EC 256 or more)</source>
        <translation>clé faible : %1 %2 bits (utilisez RSA 2048 ou plus, ou EC 256 ou plus)</translation>
    </message>
    <message>
        <source>does not name the host &quot;%1&quot; (it names: %2)</source>
        <translation>ne nomme pas l&apos;hôte « %1 » (il nomme : %2)</translation>
    </message>
    <message>
        <source>not trusted by the CA in use (%1)</source>
        <translation>non reconnu par l&apos;AC utilisée (%1)</translation>
    </message>
    <message>
        <source>no TLS handshake with %1:%2: %3</source>
        <translation>pas de négociation TLS avec %1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>deck::diagnostics::ConnectionDoctor</name>
    <message>
        <source>%1 is an address: nothing to look up.</source>
        <translation>%1 est une adresse : rien à résoudre.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve (%2). Check its spelling, the DNS server, or use the broker&apos;s address.</source>
        <translation>Le nom d&apos;hôte « %1 » ne se résout pas (%2). Vérifiez son orthographe, le serveur DNS, ou utilisez l&apos;adresse du broker.</translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <translation>%1 se résout en %2.</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; took longer than 10 s. Check the DNS server, or use the broker&apos;s address.</source>
        <translation>La résolution de « %1 » a pris plus de 10 s. Vérifiez le serveur DNS, ou utilisez l&apos;adresse du broker.</translation>
    </message>
    <message>
        <source>%1:%2 accepts TCP connections.</source>
        <translation>%1:%2 accepte les connexions TCP.</translation>
    </message>
    <message>
        <source>Not used: the connection is plain %1, nothing is encrypted.</source>
        <translation>Non utilisée : la connexion est en %1 simple, rien n&apos;est chiffré.</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded and the broker&apos;s certificate is trusted for &quot;%1&quot;.</source>
        <translation>La négociation TLS a réussi et le certificat du broker est reconnu pour « %1 ».</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded, but the broker&apos;s certificate was NOT verified (--insecure): fine for a test broker only.</source>
        <translation>La négociation TLS a réussi, mais le certificat du broker n&apos;a PAS été vérifié (--insecure) : acceptable pour un broker de test seulement.</translation>
    </message>
    <message>
        <source>The broker accepted the CONNECT (MQTT %1, client id %2%3).</source>
        <translation>Le broker a accepté le CONNECT (MQTT %1, identifiant client %2%3).</translation>
    </message>
    <message>
        <source>, anonymous</source>
        <translation>, anonyme</translation>
    </message>
    <message>
        <source>, user %1</source>
        <translation>, utilisateur %1</translation>
    </message>
    <message>
        <source> A session was kept for this client id.</source>
        <translation> Une session a été conservée pour cet identifiant client.</translation>
    </message>
    <message>
        <source>The broker refused the CONNECT: %1 (%2). %3</source>
        <translation>Le broker a refusé le CONNECT : %1 (%2). %3</translation>
    </message>
    <message>
        <source>No CONNACK came: %1</source>
        <translation>Aucun CONNACK reçu : %1</translation>
    </message>
    <message>
        <source>The connection ended during the check: %1</source>
        <translation>La connexion s&apos;est terminée pendant la vérification : %1</translation>
    </message>
    <message>
        <source>No SUBACK came for %1: %2</source>
        <translation>Aucun SUBACK reçu pour %1 : %2</translation>
    </message>
    <message>
        <source>The broker refused the subscription to %1: %2 (%3). %4 Check the broker&apos;s access rules for this account, or choose another filter (-t).</source>
        <translation>Le broker a refusé l&apos;abonnement à %1 : %2 (%3). %4 Vérifiez les règles d&apos;accès du broker pour ce compte, ou choisissez un autre filtre (-t).</translation>
    </message>
    <message>
        <source>Subscribed to %1 (granted QoS %2).</source>
        <translation>Abonné à %1 (QoS %2 accordée).</translation>
    </message>
    <message>
        <source>No SUBACK for %1 within 10 s: the broker is overloaded or the connection stalled.</source>
        <translation>Aucun SUBACK pour %1 en 10 s : le broker est surchargé ou la connexion est bloquée.</translation>
    </message>
    <message>
        <source>The broker refused the publish on %1: %2 (%3). %4</source>
        <translation>Le broker a refusé la publication sur %1 : %2 (%3). %4</translation>
    </message>
    <message>
        <source>PUBACK %1</source>
        <translation>PUBACK %1</translation>
    </message>
    <message>
        <source>PUBACK</source>
        <translation>PUBACK</translation>
    </message>
    <message>
        <source>A QoS 1 message published on %1 came back in %2 ms.</source>
        <translation>Un message QoS 1 publié sur %1 est revenu en %2 ms.</translation>
    </message>
    <message>
        <source>The publish on %1 was not acknowledged within 5 s.</source>
        <translation>La publication sur %1 n&apos;a pas été acquittée en 5 s.</translation>
    </message>
    <message>
        <source>The broker acknowledged the publish on %1 (%2) but it never came back within 5 s: the broker drops it — this account may not publish or read there (brokers drop refused publishes silently under MQTT 3.1.1, and mosquitto&apos;s acl_file grants subscriptions it then starves). Check the access rules, or try mqttdeck-cli acl-probe.</source>
        <translation>Le broker a acquitté la publication sur %1 (%2) mais elle n&apos;est jamais revenue en 5 s : le broker l&apos;ignore — ce compte n&apos;a pas le droit d&apos;y publier ou d&apos;y lire (sous MQTT 3.1.1, les brokers ignorent sans rien dire les publications refusées, et l&apos;acl_file de mosquitto accorde des abonnements qu&apos;il prive ensuite de messages). Vérifiez les règles d&apos;accès, ou essayez mqttdeck-cli acl-probe.</translation>
    </message>
</context>
<context>
    <name>deck::diagnostics::SecurityChecklist</name>
    <message>
        <source>Anonymous CONNECT refused</source>
        <translation>CONNECT anonyme refusé</translation>
    </message>
    <message>
        <source>No plaintext listener beside TLS</source>
        <translation>Aucun port d&apos;écoute en clair à côté de TLS</translation>
    </message>
    <message>
        <source># not subscribable</source>
        <translation>Abonnement à # impossible</translation>
    </message>
    <message>
        <source>$SYS/# not subscribable</source>
        <translation>Abonnement à $SYS/# impossible</translation>
    </message>
    <message>
        <source>Publishing into another device&apos;s namespace refused</source>
        <translation>Publication dans l&apos;espace de noms d&apos;un autre équipement refusée</translation>
    </message>
    <message>
        <source>Publishing a command topic refused</source>
        <translation>Publication sur un topic de commande refusée</translation>
    </message>
    <message>
        <source>Oversized payload refused</source>
        <translation>Contenu surdimensionné refusé</translation>
    </message>
    <message>
        <source>Certificates not near expiry</source>
        <translation>Aucun certificat proche de l&apos;expiration</translation>
    </message>
    <message>
        <source>The broker accepted a CONNECT without user name, password or client certificate: anyone who reaches it may connect.</source>
        <translation>Le broker a accepté un CONNECT sans nom d&apos;utilisateur, mot de passe ni certificat client : quiconque le joint peut se connecter.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Refusé : %1.</translation>
    </message>
    <message>
        <source>No CONNACK: %1</source>
        <translation>Pas de CONNACK : %1</translation>
    </message>
    <message>
        <source>This connection itself is not encrypted (%1): user names, passwords and payloads cross the network in clear.</source>
        <translation>Cette connexion elle-même n&apos;est pas chiffrée (%1) : noms d&apos;utilisateur, mots de passe et contenus traversent le réseau en clair.</translation>
    </message>
    <message>
        <source>A plaintext MQTT listener on port %1 accepted this identity: its password crosses the network in clear there.</source>
        <translation>Sur le port %1, MQTT en clair a accepté cette identité : son mot de passe y traverse le réseau en clair.</translation>
    </message>
    <message>
        <source>A plaintext MQTT listener answers on port %1 (it refused this CONNECT: %2, but credentials sent there cross in clear).</source>
        <translation>Le port %1 répond en MQTT en clair (il a refusé ce CONNECT : %2, mais les identifiants qui y sont envoyés passent en clair).</translation>
    </message>
    <message>
        <source>No plaintext MQTT listener on port %1: %2</source>
        <translation>Pas de MQTT en clair sur le port %1 : %2</translation>
    </message>
    <message>
        <source>Allowed for this identity (%1): %2</source>
        <translation>Autorisé pour cette identité (%1) : %2</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Refusé (%1) : %2</translation>
    </message>
    <message>
        <source>Not established (%1): %2</source>
        <translation>Non établi (%1) : %2</translation>
    </message>
    <message>
        <source>Give a topic of another device (--other-topic) to check it.</source>
        <translation>Indiquez un topic d&apos;un autre équipement (--other-topic) pour le vérifier.</translation>
    </message>
    <message>
        <source>Give a command topic (--command-topic) to check it.</source>
        <translation>Indiquez un topic de commande (--command-topic) pour le vérifier.</translation>
    </message>
    <message>
        <source>The broker closed the connection on a %1-byte payload: %2</source>
        <translation>Le broker a fermé la connexion sur un contenu de %1 octets : %2</translation>
    </message>
    <message>
        <source>Refused before sending: %1</source>
        <translation>Refusé avant l&apos;envoi : %1</translation>
    </message>
    <message>
        <source>The broker accepted a %1-byte payload on %2: set a message size limit (mosquitto: message_size_limit or max_packet_size).</source>
        <translation>Le broker a accepté un contenu de %1 octets sur %2 : définissez une limite de taille de message (mosquitto : message_size_limit ou max_packet_size).</translation>
    </message>
    <message>
        <source>Refused: PUBACK %1 %2.</source>
        <translation>Refusé : PUBACK %1 %2.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>No answer to the oversized publish within 20 s.</source>
        <translation>Aucune réponse à la publication surdimensionnée en 20 s.</translation>
    </message>
    <message>
        <source>This identity could not connect: %1</source>
        <translation>Cette identité n&apos;a pas pu se connecter : %1</translation>
    </message>
    <message>
        <source>No TLS: there is no certificate to check.</source>
        <translation>Pas de TLS : il n&apos;y a aucun certificat à vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>Every certificate has more than %n day(s) left (the nearest expiry: %1 days).</source>
        <translation>
            <numerusform>Tous les certificats ont encore plus de %n jour de validité (expiration la plus proche : dans %1 jours).</numerusform>
            <numerusform>Tous les certificats ont encore plus de %n jours de validité (expiration la plus proche : dans %1 jours).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deck::mqtt::ConnectionProbe</name>
    <message>
        <source>no answer within the probe&apos;s time limit</source>
        <translation>pas de réponse dans le délai de la sonde</translation>
    </message>
    <message>
        <source>broker certificate: subject &quot;%1&quot;, issuer &quot;%2&quot;, valid %3 to %4</source>
        <translation>certificat du broker : sujet « %1 », émetteur « %2 », valide du %3 au %4</translation>
    </message>
    <message>
        <source>TCP and TLS to %1 work, but the broker did not accept the MQTT connection. Check the transport (WebSocket path, MQTT version) and the broker&apos;s log.</source>
        <translation>TCP et TLS vers %1 fonctionnent, mais le broker n&apos;a pas accepté la connexion MQTT. Vérifiez le transport (chemin WebSocket, version MQTT) et le journal du broker.</translation>
    </message>
    <message>
        <source>TCP to %1 works, but the broker did not answer the MQTT CONNECT. Check the transport: is this a TLS or WebSocket port? For WebSockets check the path.</source>
        <translation>TCP vers %1 fonctionne, mais le broker n&apos;a pas répondu au CONNECT MQTT. Vérifiez le transport : s&apos;agit-il d&apos;un port TLS ou WebSocket ? Pour les WebSockets, vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; was not found. Check its spelling and the DNS.</source>
        <translation>L&apos;hôte « %1 » est introuvable. Vérifiez son orthographe et le DNS.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1. Check that the broker runs and the port is right (1883 MQTT, 8883 MQTT over TLS).</source>
        <translation>Rien n&apos;accepte de connexion sur %1. Vérifiez que le broker tourne et que le port est le bon (1883 MQTT, 8883 MQTT sur TLS).</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the address, the firewall and that the broker runs.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez l&apos;adresse, le pare-feu et que le broker tourne.</translation>
    </message>
    <message>
        <source>%1 does not speak TLS (it closed the connection without a TLS answer). Use the plain tcp transport, or the broker&apos;s TLS port (usually 8883).</source>
        <translation>%1 ne parle pas TLS (il a fermé la connexion sans réponse TLS). Utilisez le transport tcp simple, ou le port TLS du broker (en général 8883).</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not signed by a trusted CA. Give the CA file that issued it (--cafile), or check that you reach the right broker.</source>
        <translation>Le certificat du broker n&apos;est pas signé par une AC de confiance. Donnez le fichier de l&apos;AC qui l&apos;a émis (--cafile), ou vérifiez que vous joignez le bon broker.</translation>
    </message>
    <message>
        <source>The broker presents a self-signed certificate that is not trusted. Give that certificate as the CA file (--cafile) if you trust it.</source>
        <translation>Le broker présente un certificat auto-signé qui n&apos;est pas de confiance. Donnez ce certificat comme fichier d&apos;AC (--cafile) si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate does not name the host &quot;%1&quot;. Connect with the host name the certificate was issued for, or turn off hostname verification (--insecure) for a test broker only.</source>
        <translation>Le certificat du broker ne nomme pas l&apos;hôte « %1 ». Connectez-vous avec le nom d&apos;hôte pour lequel le certificat a été émis, ou désactivez la vérification du nom d&apos;hôte (--insecure) pour un broker de test seulement.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate has expired. Ask its administrator to renew it, or check this computer&apos;s clock.</source>
        <translation>Le certificat du broker a expiré. Demandez à son administrateur de le renouveler, ou vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not valid yet. Check this computer&apos;s clock.</source>
        <translation>Le certificat du broker n&apos;est pas encore valide. Vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate has been revoked. Contact the broker&apos;s administrator.</source>
        <translation>Le certificat du broker a été révoqué. Contactez l&apos;administrateur du broker.</translation>
    </message>
    <message>
        <source>The broker requires a client certificate (mutual TLS). Give one with --cert and --key.</source>
        <translation>Le broker exige un certificat client (TLS mutuel). Donnez-en un avec --cert et --key.</translation>
    </message>
    <message>
        <source>The broker rejected the client certificate. Check that it is signed by a CA the broker trusts and has not expired.</source>
        <translation>Le broker a rejeté le certificat client. Vérifiez qu&apos;il est signé par une AC en laquelle le broker a confiance et qu&apos;il n&apos;a pas expiré.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. Check the TLS version and ciphers the broker accepts.</source>
        <translation>La négociation TLS avec %1 a échoué. Vérifiez les versions de TLS et les suites de chiffrement acceptées par le broker.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>La connexion à %1 a échoué.</translation>
    </message>
</context>
<context>
    <name>deck::mqtt::PahoSession</name>
    <message>
        <source>Still connecting to the broker; try again once connected.</source>
        <translation>Connexion au broker en cours ; réessayez une fois connecté.</translation>
    </message>
    <message>
        <source>The connection to the broker is lost and being restored; nothing was sent. Try again once reconnected.</source>
        <translation>La connexion au broker est perdue et en cours de rétablissement ; rien n&apos;a été envoyé. Réessayez une fois reconnecté.</translation>
    </message>
    <message>
        <source>Not connected to a broker; nothing was sent. Connect first.</source>
        <translation>Pas connecté à un broker ; rien n&apos;a été envoyé. Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The MQTT library refused the broker address %1: %2</source>
        <translation>La bibliothèque MQTT a refusé l&apos;adresse du broker %1 : %2</translation>
    </message>
    <message>
        <source>Connected; the broker resumed the previous session.</source>
        <translation>Connecté ; le broker a repris la session précédente.</translation>
    </message>
    <message>
        <source>Connected with a new session.</source>
        <translation>Connecté avec une nouvelle session.</translation>
    </message>
    <message>
        <source>No answer from the broker</source>
        <translation>Aucune réponse du broker</translation>
    </message>
    <message>
        <source>the network connection was closed</source>
        <translation>la connexion réseau a été fermée</translation>
    </message>
    <message>
        <source>The connection to the broker was lost (%1).</source>
        <translation>La connexion au broker a été perdue (%1).</translation>
    </message>
    <message>
        <source>The subscription could not be sent: %1</source>
        <translation>L&apos;abonnement n&apos;a pas pu être envoyé : %1</translation>
    </message>
    <message>
        <source>Part of the subscription could not be sent: %1</source>
        <translation>Une partie de l&apos;abonnement n&apos;a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <source>No topic filter to unsubscribe from.</source>
        <translation>Aucun filtre de topic duquel se désabonner.</translation>
    </message>
    <message>
        <source>The unsubscribe could not be sent: %1</source>
        <translation>Le désabonnement n&apos;a pas pu être envoyé : %1</translation>
    </message>
    <message>
        <source>The broker did not confirm the unsubscribe: %1</source>
        <translation>Le broker n&apos;a pas confirmé le désabonnement : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are already waiting to be sent; this one was not queued. Wait for earlier messages to be acknowledged.</source>
        <translation>
            <numerusform>%n message attend déjà d&apos;être envoyé ; celui-ci n&apos;a pas été mis en file. Attendez l&apos;accusé de réception des messages précédents.</numerusform>
            <numerusform>%n messages attendent déjà d&apos;être envoyés ; celui-ci n&apos;a pas été mis en file. Attendez l&apos;accusé de réception des messages précédents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message could not be sent: %1</source>
        <translation>Le message n&apos;a pas pu être envoyé : %1</translation>
    </message>
    <message>
        <source>The message was not confirmed by the broker: %1 (code %2)</source>
        <translation>Le message n&apos;a pas été confirmé par le broker : %1 (code %2)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>QoS 0: the message was written to the network; the broker does not acknowledge it.</source>
        <translation>QoS 0 : le message a été écrit sur le réseau ; le broker n&apos;en accuse pas réception.</translation>
    </message>
    <message>
        <source>no SUBACK</source>
        <translation>pas de SUBACK</translation>
    </message>
    <message>
        <source>The connection ended before the broker answered this subscription: the broker closed it, or sent a packet that could not be read (a malformed packet). The subscription was not refused; the broker&apos;s log tells why it ended.</source>
        <translation>La connexion s&apos;est terminée avant que le broker ne réponde à cet abonnement : le broker l&apos;a fermée, ou a envoyé un paquet illisible (un paquet malformé). L&apos;abonnement n&apos;a pas été refusé ; le journal du broker dit pourquoi elle s&apos;est terminée.</translation>
    </message>
    <message>
        <source>the connection ends after the broker refuses a publish (seen with mosquitto 2.0 and Paho C 1.3)</source>
        <translation>la connexion se termine après qu&apos;un broker a refusé une publication (vu avec mosquitto 2.0 et Paho C 1.3)</translation>
    </message>
</context>
<context>
    <name>deck::mqtt::RetainedClearer</name>
    <message>
        <source>There is no retained value to clear.</source>
        <translation>Il n&apos;y a aucune valeur retenue à effacer.</translation>
    </message>
    <message>
        <source>Nothing was cleared: %1</source>
        <translation>Rien n&apos;a été effacé : %1</translation>
    </message>
    <message>
        <source>What was cleared could not be recorded: %1</source>
        <translation>Ce qui a été effacé n&apos;a pas pu être consigné : %1</translation>
    </message>
    <message>
        <source>Nothing was cleared, because it could not be recorded: %1</source>
        <translation>Rien n&apos;a été effacé, car cela n&apos;aurait pas pu être consigné : %1</translation>
    </message>
</context>
<context>
    <name>deck::mqtt::Session</name>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Déconnexion</translation>
    </message>
</context>
<context>
    <name>deck::profiles::SecretStore</name>
    <message>
        <source>The keychain holds no secret for this connection.</source>
        <translation>Le trousseau ne contient aucun secret pour cette connexion.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). On Linux, a Secret Service such as GNOME Keyring or KWallet must run in the session.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). Sous Linux, un Secret Service comme GNOME Keyring ou KWallet doit tourner dans la session.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l&apos;accès : %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Échec du trousseau : %1</translation>
    </message>
</context>
<context>
    <name>deck::sim::CommandResponder</name>
    <message>
        <source>the command responder could not subscribe: %1</source>
        <translation>le répondeur de commandes n&apos;a pas pu s&apos;abonner : %1</translation>
    </message>
    <message>
        <source>the command responder could not connect: %1 %2</source>
        <translation>le répondeur de commandes n&apos;a pas pu se connecter : %1 %2</translation>
    </message>
</context>
<context>
    <name>deck::sim::FleetSimulator</name>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>impossible de se connecter à %1:%2 : %3</translation>
    </message>
    <message>
        <source>the broker at %1:%2 closed the connection before accepting it (no CONNACK)</source>
        <translation>le broker %1:%2 a fermé la connexion avant de l&apos;accepter (pas de CONNACK)</translation>
    </message>
    <message>
        <source>the server at %1:%2 does not speak MQTT: it answered the CONNECT with the bytes %3 instead of a CONNACK</source>
        <translation>le serveur %1:%2 ne parle pas MQTT : il a répondu au CONNECT par les octets %3 au lieu d&apos;un CONNACK</translation>
    </message>
    <message>
        <source>the broker at %1:%2 refused the devices&apos; connections (CONNACK return code %3)</source>
        <translation>le broker %1:%2 a refusé les connexions des appareils (code de retour CONNACK %3)</translation>
    </message>
</context>
<context>
    <name>deck::storage::AppendWriter</name>
    <message numerus="yes">
        <source>%n row(s) were not written.</source>
        <translation>
            <numerusform>%n ligne n&apos;a pas été écrite.</numerusform>
            <numerusform>%n lignes n&apos;ont pas été écrites.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deck::ui::AboutDialog</name>
    <message>
        <source>About MQTT Deck</source>
        <translation>À propos de MQTT Deck</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MQTT Deck&lt;/h2&gt;&lt;p&gt;An operations console and MQTT explorer for support engineers, operators and firmware teams.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MQTT Deck&lt;/h2&gt;&lt;p&gt;Une console d&apos;exploitation et un explorateur MQTT pour les ingénieurs support, les opérateurs et les équipes firmware.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copier les versions</translation>
    </message>
</context>
<context>
    <name>deck::ui::ChartsPage</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Pick a field in the payload inspector&apos;s JSON tree and press Plot.</source>
        <translation>Choisissez un champ dans l&apos;arbre JSON de l&apos;inspecteur de payload et appuyez sur Tracer.</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Freeze the picture; values keep being recorded and appear on resume.</source>
        <translation>Fige l&apos;image ; les valeurs continuent d&apos;être enregistrées et apparaissent à la reprise.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export series as CSV</source>
        <translation>Exporter les séries en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Hover a line to read its values.</source>
        <translation>Survolez une courbe pour lire ses valeurs.</translation>
    </message>
    <message>
        <source>Plotted fields</source>
        <translation>Champs tracés</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n point(s)</source>
        <translation>
            <numerusform>%1 — %n point</numerusform>
            <numerusform>%1 — %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 messages without a number there</source>
        <translation>%1 messages sans nombre à cet endroit</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>The payload of %1 is not a number in any of its last %n message(s); pick a numeric field in the JSON tree.</source>
        <translation>
            <numerusform>La charge utile de %1 n&apos;est pas un nombre dans son dernier message (%n) ; choisissez un champ numérique dans l&apos;arbre JSON.</numerusform>
            <numerusform>La charge utile de %1 n&apos;est un nombre dans aucun de ses %n derniers messages ; choisissez un champ numérique dans l&apos;arbre JSON.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 is not a number in any of its last %n message(s).</source>
        <translation>
            <numerusform>%1 dans %2 n&apos;est pas un nombre dans son dernier message (%n).</numerusform>
            <numerusform>%1 dans %2 n&apos;est un nombre dans aucun de ses %n derniers messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deck::ui::CommandComposer</name>
    <message>
        <source>Time to live: a device ignores the command after it (expires_at; the MQTT 5 message expiry).</source>
        <translation>Durée de vie : passé ce délai, l&apos;appareil ignore la commande (expires_at ; l&apos;expiration du message MQTT 5).</translation>
    </message>
    <message>
        <source>TIMEOUT when no acknowledgement came within it.</source>
        <translation>TIMEOUT si aucun acquittement n&apos;est arrivé dans ce délai.</translation>
    </message>
    <message>
        <source>TIMEOUT when no result came within it after the ack.</source>
        <translation>TIMEOUT si aucun résultat n&apos;est arrivé dans ce délai après l&apos;acquittement.</translation>
    </message>
    <message>
        <source>Dangerous (type the target&apos;s name to send)</source>
        <translation>Dangereuse (taper le nom de la cible pour envoyer)</translation>
    </message>
    <message>
        <source>Needs a reason</source>
        <translation>Raison obligatoire</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Devices (topic prefixes)</source>
        <translation>Appareils (préfixes de topic)</translation>
    </message>
    <message>
        <source>Command topics as they are</source>
        <translation>Topics de commande tels quels</translation>
    </message>
    <message>
        <source>A device is named by its topic prefix: {env}/{tenant}/{site}/{area}/{asset}, devices/{id} or spBv1.0/{group}/{node}[/{device}]. A command topic as it is needs the convention.</source>
        <translation>Un appareil est désigné par son préfixe de topic : {env}/{tenant}/{site}/{area}/{asset}, devices/{id} ou spBv1.0/{group}/{node}[/{device}]. Un topic de commande tel quel demande la convention.</translation>
    </message>
    <message>
        <source>One target per line, e.g.
prod/acme/paris/line-01/gw-001
devices/gw-002</source>
        <translation>Une cible par ligne, par exemple
prod/acme/paris/line-01/gw-001
devices/gw-002</translation>
    </message>
    <message>
        <source>Add from the fleet: device, group or path contains…</source>
        <translation>Ajouter depuis la flotte : appareil, groupe ou chemin contenant…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Adds every device of the Fleet page whose id, path or group contains the text.</source>
        <translation>Ajoute chaque appareil de la page Flotte dont l&apos;identifiant, le chemin ou le groupe contient le texte.</translation>
    </message>
    <message>
        <source>No device of the fleet matches &quot;%1&quot;.</source>
        <translation>Aucun appareil de la flotte ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) added as targets.</source>
        <translation>
            <numerusform>%n appareil ajouté aux cibles.</numerusform>
            <numerusform>%n appareils ajoutés aux cibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>auto (template or target)</source>
        <translation>auto (modèle ou cible)</translation>
    </message>
    <message>
        <source>stream: {prefix}/command/{name}; devices: devices/{id}/commands/{name}; mqtt5: request/response with a response topic and correlation data; sparkplug: NCMD/DCMD.</source>
        <translation>stream : {prefix}/command/{name} ; devices : devices/{id}/commands/{name} ; mqtt5 : requête/réponse avec un topic de réponse et des données de corrélation ; sparkplug : NCMD/DCMD.</translation>
    </message>
    <message>
        <source>The command&apos;s name in its topic (reboot).</source>
        <translation>Le nom de la commande dans son topic (reboot).</translation>
    </message>
    <message>
        <source>JSON with placeholders: {{command_id}}, {{expires_at}}, {{requested_by}}, {{reason}}, {{device_id}}…</source>
        <translation>JSON avec des champs à remplir : {{command_id}}, {{expires_at}}, {{requested_by}}, {{reason}}, {{device_id}}…</translation>
    </message>
    <message>
        <source>QoS </source>
        <translation>QoS </translation>
    </message>
    <message>
        <source>Why it is sent (goes to the journal and {{reason}})</source>
        <translation>Pourquoi elle est envoyée (va au journal et dans {{reason}})</translation>
    </message>
    <message>
        <source>Your name (requested_by)</source>
        <translation>Votre nom (requested_by)</translation>
    </message>
    <message>
        <source>Remembered for next time. Your OS user and host name go to the journal too.</source>
        <translation>Retenu pour la prochaine fois. Votre utilisateur système et le nom de la machine vont aussi au journal.</translation>
    </message>
    <message>
        <source>Commands are not retained: a device subscribing later would run a retained command again. Only with a reason.</source>
        <translation>Les commandes ne sont pas retenues : un appareil qui s&apos;abonne plus tard exécuterait de nouveau une commande retenue. Seulement avec une raison.</translation>
    </message>
    <message>
        <source>Why this command must be retained</source>
        <translation>Pourquoi cette commande doit être retenue</translation>
    </message>
    <message>
        <source>Asks first when the template is dangerous, when there is more than one target, and on a production connection.</source>
        <translation>Demande d&apos;abord quand le modèle est dangereux, quand il y a plus d&apos;une cible, et sur une connexion de production.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Delete this template</source>
        <translation>Supprimer ce modèle</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Importer du JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>ack within</source>
        <translation>acquittement sous</translation>
    </message>
    <message>
        <source>result within</source>
        <translation>résultat sous</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Say where to send it: a device (its topic prefix) or a command topic.</source>
        <translation>Dites où l&apos;envoyer : un appareil (son préfixe de topic) ou un topic de commande.</translation>
    </message>
    <message>
        <source>Say who sends it: the operator&apos;s name goes to the journal.</source>
        <translation>Dites qui l&apos;envoie : le nom de l&apos;opérateur va au journal.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Raison (obligatoire)</translation>
    </message>
    <message>
        <source>Choose a target to see the exact topic and payload.</source>
        <translation>Choisissez une cible pour voir le topic et le contenu exacts.</translation>
    </message>
    <message>
        <source>Cannot be sent yet: %1</source>
        <translation>Ne peut pas encore être envoyée : %1</translation>
    </message>
    <message>
        <source>Topic: %1
QoS %2%3 — answers on %4
</source>
        <translation>Topic : %1
QoS %2%3 — réponses sur %4
</translation>
    </message>
    <message>
        <source>, retained</source>
        <translation>, retenue</translation>
    </message>
    <message numerus="yes">
        <source>Payload: Sparkplug B, %n byte(s), from:
</source>
        <translation>
            <numerusform>Contenu : Sparkplug B, %n octet, à partir de :
</numerusform>
            <numerusform>Contenu : Sparkplug B, %n octets, à partir de :
</numerusform>
        </translation>
    </message>
    <message>
        <source>Payload (the command id is made when it is sent):
</source>
        <translation>Contenu (l&apos;identifiant de la commande est créé à l&apos;envoi) :
</translation>
    </message>
    <message numerus="yes">
        <source>…and the same to %n more target(s).</source>
        <translation>
            <numerusform>…et la même à %n autre cible.</numerusform>
            <numerusform>…et la même à %n autres cibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name of the template (a template of the same name is replaced):</source>
        <translation>Nom du modèle (un modèle du même nom est remplacé) :</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Le modèle n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Template %1 saved in %2.</source>
        <translation>Modèle %1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>%1 is a built-in template: it cannot be deleted.</source>
        <translation>%1 est un modèle intégré : il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The library was not saved: %1</source>
        <translation>La bibliothèque n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Template %1 deleted.</source>
        <translation>Modèle %1 supprimé.</translation>
    </message>
    <message>
        <source>Import command templates</source>
        <translation>Importer des modèles de commande</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Imported, but not saved: %1</source>
        <translation>Importé, mais pas enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>%n modèle importé.</numerusform>
            <numerusform>%n modèles importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export command templates</source>
        <translation>Exporter les modèles de commande</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) exported to %1.</source>
        <translation>
            <numerusform>%n modèle exporté dans %1.</numerusform>
            <numerusform>%n modèles exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>deck::ui::CommandsModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>Identifiant de commande</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>To ack</source>
        <translation>Jusqu&apos;à l&apos;acquittement</translation>
    </message>
    <message>
        <source>To result</source>
        <translation>Jusqu&apos;au résultat</translation>
    </message>
</context>
<context>
    <name>deck::ui::CommandsPage</name>
    <message>
        <source>Resend as new…</source>
        <translation>Renvoyer comme nouvelle…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show in Explorer</source>
        <translation>Afficher dans l&apos;explorateur</translation>
    </message>
    <message>
        <source>Your command templates could not be read: %1</source>
        <translation>Vos modèles de commande n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Filter: state, id, template, target or operator contains…</source>
        <translation>Filtre : état, identifiant, modèle, cible ou opérateur contenant…</translation>
    </message>
    <message>
        <source>Export audit trail…</source>
        <translation>Exporter la piste d&apos;audit…</translation>
    </message>
    <message>
        <source>Every command and event of the journal, in order, with its hash: CSV or JSON lines.</source>
        <translation>Chaque commande et chaque événement du journal, dans l&apos;ordre, avec son empreinte : CSV ou lignes JSON.</translation>
    </message>
    <message>
        <source>Verify journal</source>
        <translation>Vérifier le journal</translation>
    </message>
    <message>
        <source>Recomputes the journal&apos;s hash chain: says whether an entry was changed, removed or inserted since it was written.</source>
        <translation>Recalcule la chaîne d&apos;empreintes du journal : dit si une entrée a été modifiée, supprimée ou insérée depuis son écriture.</translation>
    </message>
    <message>
        <source>The same command, with a new id, to the same target: asks as any send does.</source>
        <translation>La même commande, avec un nouvel identifiant, à la même cible : demande comme tout envoi.</translation>
    </message>
    <message>
        <source>Stop following it (CANCELLED). What was published stays published.</source>
        <translation>Ne plus la suivre (CANCELLED). Ce qui a été publié reste publié.</translation>
    </message>
    <message>
        <source>The command journal could not be read: %1</source>
        <translation>Le journal des commandes n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>From the journal: %1 unfinished command(s) followed again, %2 marked UNKNOWN (their timeouts passed while MQTT Deck was not following them).</source>
        <translation>D&apos;après le journal : %1 commande(s) inachevée(s) suivie(s) de nouveau, %2 marquée(s) UNKNOWN (leurs délais sont passés pendant que MQTT Deck ne les suivait pas).</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) from the Fleet page: choose the template, say why, then Send….</source>
        <translation>
            <numerusform>%n cible venue de la page Flotte : choisissez le modèle, dites pourquoi, puis Envoyer….</numerusform>
            <numerusform>%n cibles venues de la page Flotte : choisissez le modèle, dites pourquoi, puis Envoyer….</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is marked as production.</source>
        <translation>%1 est marquée comme production.</translation>
    </message>
    <message>
        <source>Publish the command %1 to %2 (QoS %3)?</source>
        <translation>Publier la commande %1 sur %2 (QoS %3) ?</translation>
    </message>
    <message numerus="yes">
        <source>Publish the command %1 to these %n device(s) (QoS %2)?</source>
        <translation>
            <numerusform>Publier la commande %1 à cet appareil (%n) (QoS %2) ?</numerusform>
            <numerusform>Publier la commande %1 à ces %n appareils (QoS %2) ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the details).</source>
        <translation>
            <numerusform>…et %n autre (voir les détails).</numerusform>
            <numerusform>…et %n autres (voir les détails).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %n devices?</source>
        <translation>
            <numerusform>Envoyer à %n appareil ?</numerusform>
            <numerusform>Envoyer à %n appareils ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send on a production connection?</source>
        <translation>Envoyer sur une connexion de production ?</translation>
    </message>
    <message>
        <source>Not sent: cancelled. Nothing was published or journaled.</source>
        <translation>Non envoyée : annulé. Rien n&apos;a été publié ni journalisé.</translation>
    </message>
    <message>
        <source>%1 is a dangerous command</source>
        <translation>%1 est une commande dangereuse</translation>
    </message>
    <message>
        <source>The template %1 is marked dangerous. It will be published to %2.

Type the target&apos;s name, %3, to send it:</source>
        <translation>Le modèle %1 est marqué dangereux. La commande sera publiée sur %2.

Tapez le nom de la cible, %3, pour l&apos;envoyer :</translation>
    </message>
    <message>
        <source>The template %1 is marked dangerous. It will be published to %2 devices.

Type their number, %2, to send it:</source>
        <translation>Le modèle %1 est marqué dangereux. La commande sera publiée à %2 appareils.

Tapez leur nombre, %2, pour l&apos;envoyer :</translation>
    </message>
    <message>
        <source>Not sent: &quot;%1&quot; is not %2. Nothing was published or journaled.</source>
        <translation>Non envoyée : « %1 » n&apos;est pas %2. Rien n&apos;a été publié ni journalisé.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyée : %1</translation>
    </message>
    <message>
        <source>Not sent: the connection is not up.</source>
        <translation>Non envoyée : la connexion n&apos;est pas établie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Command %1 journaled and sent to %2.</source>
        <translation>Commande %1 journalisée et envoyée sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) journaled and sent.</source>
        <translation>
            <numerusform>%n commande journalisée et envoyée.</numerusform>
            <numerusform>%n commandes journalisées et envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 not: %3</source>
        <translation>%1 envoyée(s), %2 non : %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; commands &amp;nbsp; &lt;span style=&apos;color:#1565c0&apos;&gt;→ &lt;b&gt;%2&lt;/b&gt; waiting&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;✓ &lt;b&gt;%3&lt;/b&gt; done&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;✕ &lt;b&gt;%4&lt;/b&gt; rejected or failed&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#ef6c00&apos;&gt;◷ &lt;b&gt;%5&lt;/b&gt; timed out or expired&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; commandes &amp;nbsp; &lt;span style=&apos;color:#1565c0&apos;&gt;→ &lt;b&gt;%2&lt;/b&gt; en attente&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;✓ &lt;b&gt;%3&lt;/b&gt; terminées&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;✕ &lt;b&gt;%4&lt;/b&gt; rejetées ou en échec&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#ef6c00&apos;&gt;◷ &lt;b&gt;%5&lt;/b&gt; expirées ou sans réponse à temps&lt;/span&gt;</translation>
    </message>
    <message>
        <source>– &lt;b&gt;%1&lt;/b&gt; cancelled or unknown</source>
        <translation>– &lt;b&gt;%1&lt;/b&gt; annulées ou à l&apos;issue inconnue</translation>
    </message>
    <message>
        <source>%1 repeated, late or unknown answers (recorded, ignored)</source>
        <translation>%1 réponses répétées, tardives ou inconnues (enregistrées, ignorées)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No command yet.&lt;/b&gt; Choose a target and a template on the left, say why, check the preview, then &lt;i&gt;Send…&lt;/i&gt;. Each command is journaled before it is published and followed here through its answers: its acknowledgement, its result, or its timeout.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune commande pour l&apos;instant.&lt;/b&gt; Choisissez une cible et un modèle à gauche, dites pourquoi, vérifiez l&apos;aperçu, puis &lt;i&gt;Envoyer…&lt;/i&gt;. Chaque commande est journalisée avant d&apos;être publiée, puis suivie ici à travers ses réponses : son acquittement, son résultat ou son délai dépassé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a command to see its timeline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez une commande pour voir sa chronologie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>cancelled by %1 in the window</source>
        <translation>annulée par %1 dans la fenêtre</translation>
    </message>
    <message>
        <source>%1 is no longer followed (CANCELLED); what was published stays published.</source>
        <translation>%1 n&apos;est plus suivie (CANCELLED) ; ce qui a été publié reste publié.</translation>
    </message>
    <message>
        <source>%1 had already finished.</source>
        <translation>%1 était déjà terminée.</translation>
    </message>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation>Le journal n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Le journal n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Lignes JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Audit trail written to %1.</source>
        <translation>Piste d&apos;audit écrite dans %1.</translation>
    </message>
    <message>
        <source>The journal is intact: %1 entries, each chained to the one before (last hash %2…).</source>
        <translation>Le journal est intact : %1 entrées, chacune chaînée à la précédente (dernière empreinte %2…).</translation>
    </message>
    <message>
        <source>The journal was changed after it was written: entry %1 is the first that does not match. %2</source>
        <translation>Le journal a été modifié après son écriture : l&apos;entrée %1 est la première qui ne correspond pas. %2</translation>
    </message>
</context>
<context>
    <name>deck::ui::ConnectionBar</name>
    <message>
        <source>broker host</source>
        <translation>hôte du broker</translation>
    </message>
    <message>
        <source>Broker host</source>
        <translation>Hôte du broker</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Secure WebSocket</source>
        <translation>WebSocket sécurisé</translation>
    </message>
    <message>
        <source>MQTT 5</source>
        <translation>MQTT 5</translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>topic filter, e.g. #</source>
        <translation>filtre de topic, p. ex. #</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S&apos;abonner à</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Connexions…</translation>
    </message>
    <message>
        <source>Saved connections: create, edit, import, connect</source>
        <translation>Connexions enregistrées : créer, modifier, importer, se connecter</translation>
    </message>
    <message>
        <source>The filter to subscribe to. While connected, press Enter to subscribe to it instead of the current one.</source>
        <translation>Le filtre auquel s&apos;abonner. Une fois connecté, appuyez sur Entrée pour vous y abonner à la place de l&apos;actuel.</translation>
    </message>
</context>
<context>
    <name>deck::ui::ConnectionDialog</name>
    <message>
        <source>Subscriptions, line %1: write a filter, then optionally its QoS (0, 1 or 2), e.g. &quot;prod/# 1&quot;.</source>
        <translation>Abonnements, ligne %1 : écrivez un filtre, puis éventuellement sa QoS (0, 1 ou 2), ex. « prod/# 1 ».</translation>
    </message>
    <message>
        <source>Subscriptions, line %1: %2</source>
        <translation>Abonnements, ligne %1 : %2</translation>
    </message>
    <message>
        <source>Save in the keychain</source>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>de certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Clés (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Verify the broker&apos;s certificate</source>
        <translation>Vérifier le certificat du broker</translation>
    </message>
    <message>
        <source>Verify that it names the host</source>
        <translation>Vérifier qu&apos;il nomme l&apos;hôte</translation>
    </message>
    <message>
        <source>Clean start (no session kept)</source>
        <translation>Démarrage propre (aucune session conservée)</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sans couleur</translation>
    </message>
    <message>
        <source>Red — production</source>
        <translation>Rouge — production</translation>
    </message>
    <message>
        <source>Orange — staging</source>
        <translation>Orange — préproduction</translation>
    </message>
    <message>
        <source>Green — lab</source>
        <translation>Vert — laboratoire</translation>
    </message>
    <message>
        <source>Blue — development</source>
        <translation>Bleu — développement</translation>
    </message>
    <message>
        <source>usual port of the transport</source>
        <translation>port habituel du transport</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Secure WebSocket</source>
        <translation>WebSocket sécurisé</translation>
    </message>
    <message>
        <source>MQTT 5</source>
        <translation>MQTT 5</translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <source>empty: generated at each connection</source>
        <translation>vide : généré à chaque connexion</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>ends with the connection</source>
        <translation>se termine avec la connexion</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>empty: no Last Will</source>
        <translation>vide : pas de Last Will</translation>
    </message>
    <message>
        <source>One filter per line, optionally followed by its QoS:
#
prod/+/+/+/+/status 1</source>
        <translation>Un filtre par ligne, éventuellement suivi de sa QoS :
#
prod/+/+/+/+/status 1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour tag</source>
        <translation>Étiquette de couleur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>WebSocket path</source>
        <translation>Chemin WebSocket</translation>
    </message>
    <message>
        <source>MQTT version</source>
        <translation>Version MQTT</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted authorities.</source>
        <translation>Vide : les autorités de confiance du système.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Session and will</source>
        <translation>Session et will</translation>
    </message>
    <message>
        <source>Keep alive</source>
        <translation>Keep alive</translation>
    </message>
    <message>
        <source>Session expiry (MQTT 5)</source>
        <translation>Expiration de session (MQTT 5)</translation>
    </message>
    <message>
        <source>Will topic</source>
        <translation>Topic du will</translation>
    </message>
    <message>
        <source>Will payload</source>
        <translation>Payload du will</translation>
    </message>
    <message>
        <source>Will QoS</source>
        <translation>QoS du will</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Read connections exported by MQTT Explorer (settings.json) or MQTTX (Export data, JSON).</source>
        <translation>Lire les connexions exportées par MQTT Explorer (settings.json) ou MQTTX (Export data, JSON).</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Importer des connexions</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Enregistrer et se connecter</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>kept in the keychain; type to change it</source>
        <translation>gardé dans le trousseau ; saisissez-le pour le changer</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>Not saved in the keychain: %1 It is kept in memory until MQTT Deck closes, and you will be asked for it next time.</source>
        <translation>Non enregistré dans le trousseau : %1 Il est gardé en mémoire jusqu&apos;à la fermeture de MQTT Deck, et vous sera demandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its secrets in the keychain?</source>
        <translation>Supprimer « %1 » et ses secrets du trousseau ?</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>%n connexion importée depuis %1.</numerusform>
            <numerusform>%n connexions importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>not set (the broker&apos;s default)</source>
        <translation>non défini (valeur par défaut du broker)</translation>
    </message>
    <message>
        <source>not set (no limit)</source>
        <translation>non défini (pas de limite)</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <source>One per line: name=value</source>
        <translation>Une par ligne : nom=valeur</translation>
    </message>
    <message>
        <source>Receive maximum (MQTT 5)</source>
        <translation>Receive maximum (MQTT 5)</translation>
    </message>
    <message>
        <source>Maximum packet size (MQTT 5)</source>
        <translation>Taille maximale de paquet (MQTT 5)</translation>
    </message>
    <message>
        <source>CONNECT user properties (MQTT 5)</source>
        <translation>Propriétés utilisateur du CONNECT (MQTT 5)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>TLS turned on: a certificate file was given (as the command line does). Choose the transport again to change it.</source>
        <translation>TLS activé : un fichier de certificat a été donné (comme le fait la ligne de commande). Choisissez de nouveau le transport pour le changer.</translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation>consultation du trousseau…</translation>
    </message>
    <message>
        <source>not in the keychain yet; type it to save it</source>
        <translation>pas encore dans le trousseau ; saisissez-le pour l&apos;y enregistrer</translation>
    </message>
    <message>
        <source>no keychain here: kept in memory until MQTT Deck closes</source>
        <translation>pas de trousseau ici : gardé en mémoire jusqu&apos;à la fermeture de MQTT Deck</translation>
    </message>
    <message>
        <source>no keychain here: asked at each connection</source>
        <translation>pas de trousseau ici : demandé à chaque connexion</translation>
    </message>
    <message>
        <source>the keychain did not answer: %1</source>
        <translation>le trousseau n&apos;a pas répondu : %1</translation>
    </message>
    <message>
        <source>Production: ask before every publish, marked PROD in red</source>
        <translation>Production : demander avant chaque publication, marquée PROD en rouge</translation>
    </message>
    <message>
        <source>Check connection…</source>
        <translation>Vérifier la connexion…</translation>
    </message>
    <message>
        <source>Run the connection doctor on these settings: DNS, TCP, TLS, CONNECT, SUBSCRIBE and a message that must come back; it stops where the connection breaks and says why.</source>
        <translation>Lancer le diagnostic de connexion sur ces paramètres : DNS, TCP, TLS, CONNECT, SUBSCRIBE et un message qui doit revenir ; il s&apos;arrête là où la connexion échoue et dit pourquoi.</translation>
    </message>
</context>
<context>
    <name>deck::ui::ConnectionList</name>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Close connection</source>
        <translation>Fermer la connexion</translation>
    </message>
    <message>
        <source>Open another connection beside this one (Ctrl+N).</source>
        <translation>Ouvrir une autre connexion à côté de celle-ci (Ctrl+N).</translation>
    </message>
    <message>
        <source>Disconnect and close the chosen connection (Ctrl+W).</source>
        <translation>Déconnecter et fermer la connexion choisie (Ctrl+W).</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <source>PROD</source>
        <translation>PROD</translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation>%1 — non connectée</translation>
    </message>
</context>
<context>
    <name>deck::ui::ConnectionView</name>
    <message>
        <source>Explorer</source>
        <translation>Explorateur</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>%1 is no longer in the tree (it was cleared).</source>
        <translation>%1 n&apos;est plus dans l&apos;arbre (il a été effacé).</translation>
    </message>
    <message>
        <source>refused: %1 (%2). %3</source>
        <translation>refusé : %1 (%2). %3</translation>
    </message>
    <message>
        <source>the broker closed the connection: %1 (%2)</source>
        <translation>le broker a fermé la connexion : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s (attempt %3)</source>
        <translation>%1 — nouvelle tentative dans %2 s (tentative %3)</translation>
    </message>
    <message>
        <source>Subscribed to %1 (%2)</source>
        <translation>Abonné à %1 (%2)</translation>
    </message>
    <message>
        <source>Subscription to %1 not answered: %2</source>
        <translation>Abonnement à %1 sans réponse : %2</translation>
    </message>
    <message>
        <source>Subscription to %1 refused: %2 (%3). %4</source>
        <translation>Abonnement à %1 refusé : %2 (%3). %4</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>Key passphrase for %1</source>
        <translation>Phrase secrète de la clé pour %1</translation>
    </message>
    <message>
        <source>Not connected: no secret was given for %1.</source>
        <translation>Non connecté : aucun secret n&apos;a été donné pour %1.</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>The connection settings need attention:</source>
        <translation>Les paramètres de connexion sont à revoir :</translation>
    </message>
    <message>
        <source>Subscribed to %1 only.</source>
        <translation>Abonné à %1 seulement.</translation>
    </message>
    <message>
        <source>Subscribing to %1 instead of %2…</source>
        <translation>Abonnement à %1 à la place de %2…</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>%1 msg/s — %2 received — %3 topics</source>
        <translation>%1 msg/s — %2 reçus — %3 topics</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>%1 dropped (engine too far behind)</source>
        <translation>%1 perdus (moteur trop en retard)</translation>
    </message>
    <message>
        <source>%1 not seen by %2 (it fell behind)</source>
        <translation>%1 non vus par %2 (en retard)</translation>
    </message>
    <message>
        <source>%1 old history entries dropped (memory budget)</source>
        <translation>%1 anciennes entrées d&apos;historique retirées (budget mémoire)</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>%1 is not in the tree.</source>
        <translation>%1 n&apos;est pas dans l&apos;arbre.</translation>
    </message>
    <message>
        <source>Request a rebirth</source>
        <translation>Demander une renaissance</translation>
    </message>
    <message>
        <source>Ask the edge node %1/%2 to publish its birth again?

MQTT Deck publishes Node Control/Rebirth = true on %3. The node republishes its NBIRTH (and its devices&apos; DBIRTHs); its metric catalogue is read again.</source>
        <translation>Demander au nœud %1/%2 de publier de nouveau sa naissance ?

MQTT Deck publie Node Control/Rebirth = true sur %3. Le nœud republie son NBIRTH (et les DBIRTH de ses équipements) ; son catalogue de métriques est relu.</translation>
    </message>
    <message>
        <source>Rebirth requested from %1/%2: its new birth will show in the Fleet page (the request is in the Publish page&apos;s sent list).</source>
        <translation>Renaissance demandée à %1/%2 : sa nouvelle naissance apparaîtra dans la page Flotte (la demande est dans la liste des messages envoyés de la page Publier).</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <source>The device rules were not changed: %1</source>
        <translation>Les règles d&apos;équipements n&apos;ont pas été changées : %1</translation>
    </message>
    <message>
        <source>Applied, but not saved with %1: %2</source>
        <translation>Appliquées, mais pas enregistrées avec %1 : %2</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
</context>
<context>
    <name>deck::ui::DeviceRulesDialog</name>
    <message>
        <source>All the presets at once: devices/{id}/…, {env}/{tenant}/{site}/{area}/{asset}/… and Sparkplug B nodes and devices.</source>
        <translation>Tous les préréglages à la fois : devices/{id}/…, {env}/{tenant}/{site}/{area}/{asset}/… et les nœuds et équipements Sparkplug B.</translation>
    </message>
    <message>
        <source>{env}/{tenant}/{site}/{area}/{asset}/{stream}/…: the device is the asset, grouped by env, tenant, site and area; its state is read from …/status (JSON &quot;state&quot; or &quot;status&quot;, or plain text).</source>
        <translation>{env}/{tenant}/{site}/{area}/{asset}/{stream}/… : l&apos;équipement est l&apos;asset, groupé par env, tenant, site et area ; son état est lu dans …/status (JSON « state » ou « status », ou texte simple).</translation>
    </message>
    <message>
        <source>devices/{id}/…: the state is read from devices/{id}/status (JSON, or plain online/offline/1/0/true/false).</source>
        <translation>devices/{id}/… : l&apos;état est lu dans devices/{id}/status (JSON, ou texte online/offline/1/0/true/false).</translation>
    </message>
    <message>
        <source>Sparkplug B edge nodes and devices, from their births and deaths (spBv1.0/…).</source>
        <translation>Nœuds de bordure et équipements Sparkplug B, d&apos;après leurs naissances et leurs morts (spBv1.0/…).</translation>
    </message>
    <message>
        <source>Rules of your own, as JSON: which levels make a device&apos;s prefix, which level names it, which group it, its status topic and how to read it. See the user guide for the fields.</source>
        <translation>Vos propres règles, en JSON : quels niveaux forment le préfixe d&apos;un équipement, quel niveau le nomme, lesquels le groupent, son topic d&apos;état et comment le lire. Le guide de l&apos;utilisateur décrit les champs.</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Charger depuis un fichier…</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Device rules</source>
        <translation>Règles d&apos;équipements</translation>
    </message>
    <message>
        <source>auto — every convention below</source>
        <translation>auto — toutes les conventions ci-dessous</translation>
    </message>
    <message>
        <source>stream — {env}/{tenant}/{site}/{area}/{asset}/…</source>
        <translation>stream — {env}/{tenant}/{site}/{area}/{asset}/…</translation>
    </message>
    <message>
        <source>devices — devices/{id}/…</source>
        <translation>devices — devices/{id}/…</translation>
    </message>
    <message>
        <source>sparkplug — Sparkplug B nodes and devices</source>
        <translation>sparkplug — nœuds et équipements Sparkplug B</translation>
    </message>
    <message>
        <source>custom — rules of your own (JSON)</source>
        <translation>custom — vos propres règles (JSON)</translation>
    </message>
    <message>
        <source>Choose &quot;custom&quot; to write rules of your own.</source>
        <translation>Choisissez « custom » pour écrire vos propres règles.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>each rule&apos;s own (presets: 300 s)</source>
        <translation>celui de chaque règle (préréglages : 300 s)</translation>
    </message>
    <message>
        <source>A device from which nothing arrives for this long turns stale.</source>
        <translation>Un équipement dont rien n&apos;arrive pendant cette durée devient muet.</translation>
    </message>
    <message>
        <source>Find devices with</source>
        <translation>Trouver les équipements avec</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>Muet après</translation>
    </message>
    <message>
        <source>Saved with the connection. Applying rebuilds the fleet: the broker sends the retained statuses again.</source>
        <translation>Enregistrées avec la connexion. Appliquer reconstruit la flotte : le broker renvoie les états retenus.</translation>
    </message>
    <message>
        <source>This connection is not saved: the rules last until it closes. Applying rebuilds the fleet: the broker sends the retained statuses again.</source>
        <translation>Cette connexion n&apos;est pas enregistrée : les règles durent jusqu&apos;à sa fermeture. Appliquer reconstruit la flotte : le broker renvoie les états retenus.</translation>
    </message>
    <message>
        <source>These rules cannot be used: %1</source>
        <translation>Ces règles ne peuvent pas être utilisées : %1</translation>
    </message>
    <message>
        <source>Load device rules</source>
        <translation>Charger des règles d&apos;équipements</translation>
    </message>
    <message>
        <source>Device rules (*.json);;All files (*)</source>
        <translation>Règles d&apos;équipements (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Save device rules</source>
        <translation>Enregistrer les règles d&apos;équipements</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>deck::ui::DoctorDialog</name>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Résolution de nom (DNS)</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>Connexion TCP</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>MQTT CONNECT</source>
        <translation>CONNECT MQTT</translation>
    </message>
    <message>
        <source>SUBSCRIBE</source>
        <translation>SUBSCRIBE</translation>
    </message>
    <message>
        <source>Publish and receive</source>
        <translation>Publier et recevoir</translation>
    </message>
    <message>
        <source>Connection doctor — %1:%2</source>
        <translation>Diagnostic de connexion — %1:%2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>Checking, step by step…</source>
        <translation>Vérification, étape par étape…</translation>
    </message>
    <message>
        <source>DNS → TCP → TLS → CONNECT → SUBSCRIBE → a QoS 1 message that must come back (never retained). The first step that fails stops the check.</source>
        <translation>DNS → TCP → TLS → CONNECT → SUBSCRIBE → un message QoS 1 qui doit revenir (jamais retenu). La première étape qui échoue arrête la vérification.</translation>
    </message>
    <message>
        <source>✓ Every step passed: this connection works.</source>
        <translation>✓ Toutes les étapes ont réussi : cette connexion fonctionne.</translation>
    </message>
    <message>
        <source>✗ Stopped at %1: %2</source>
        <translation>✗ Arrêt à l&apos;étape %1 : %2</translation>
    </message>
    <message>
        <source>– not used</source>
        <translation>– non utilisée</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ réussie</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>✗ ÉCHEC</translation>
    </message>
</context>
<context>
    <name>deck::ui::ExplorerPage</name>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Forget every topic and its statistics; the connection and the subscriptions stay, and the tree fills again as messages arrive.</source>
        <translation>Oublier tous les topics et leurs statistiques ; la connexion et les abonnements restent, et l&apos;arbre se remplit de nouveau à l&apos;arrivée des messages.</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>Copier le topic</translation>
    </message>
    <message>
        <source>Clear retained values…</source>
        <translation>Effacer les valeurs retenues…</translation>
    </message>
    <message>
        <source>Clear retained values</source>
        <translation>Effacer les valeurs retenues</translation>
    </message>
    <message>
        <source>No topic at or below &quot;%1&quot; is known to hold a retained value.</source>
        <translation>Aucun topic sur ou sous « %1 » n&apos;est connu pour détenir une valeur retenue.</translation>
    </message>
    <message>
        <source>(all topics)</source>
        <translation>(tous les topics)</translation>
    </message>
    <message numerus="yes">
        <source>Clear the retained value of %n topic(s) at or below &quot;%1&quot;?

The broker will stop sending them to new subscribers (devices and dashboards included). A record of what was cleared is kept in %2.</source>
        <translation>
            <numerusform>Effacer la valeur retenue de %n topic sur ou sous « %1 » ?

Le broker cessera de l&apos;envoyer aux nouveaux abonnés (équipements et tableaux de bord compris). Une trace de ce qui a été effacé est conservée dans %2.</numerusform>
            <numerusform>Effacer la valeur retenue de %n topics sur ou sous « %1 » ?

Le broker cessera de les envoyer aux nouveaux abonnés (équipements et tableaux de bord compris). Une trace de ce qui a été effacé est conservée dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n retained value(s).</source>
        <translation>
            <numerusform>%n valeur retenue effacée.</numerusform>
            <numerusform>%n valeurs retenues effacées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared %1 retained values; %2 failed: %3</source>
        <translation>%1 valeurs retenues effacées ; %2 en échec : %3</translation>
    </message>
    <message>
        <source>Expand all below</source>
        <translation>Tout déplier en dessous</translation>
    </message>
    <message>
        <source>Collapse all below</source>
        <translation>Tout replier en dessous</translation>
    </message>
    <message>
        <source>Follow latest message below</source>
        <translation>Suivre le dernier message en dessous</translation>
    </message>
    <message>
        <source>Keep selecting the topic below this node that received the latest message.</source>
        <translation>Sélectionner en continu le topic sous ce nœud qui a reçu le dernier message.</translation>
    </message>
    <message>
        <source>Expanded the first %1 nodes only; use the search box to narrow down.</source>
        <translation>Seuls les %1 premiers nœuds ont été dépliés ; utilisez la recherche pour affiner.</translation>
    </message>
    <message>
        <source>Stopped following.</source>
        <translation>Suivi arrêté.</translation>
    </message>
    <message>
        <source>Following the latest message at or below %1 (Ctrl+L again to stop).</source>
        <translation>Suivi du dernier message sur ou sous %1 (Ctrl+L à nouveau pour arrêter).</translation>
    </message>
    <message>
        <source>Publish to this topic…</source>
        <translation>Publier sur ce topic…</translation>
    </message>
</context>
<context>
    <name>deck::ui::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>deck::ui::FleetModel</name>
    <message>
        <source>never (retained only)</source>
        <translation>jamais (retenu seulement)</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
    </message>
    <message>
        <source>%1 since %2: %3</source>
        <translation>%1 depuis %2 : %3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnexions</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Msg/s</source>
        <translation>Msg/s</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
</context>
<context>
    <name>deck::ui::FleetPage</name>
    <message>
        <source>Filter: device, group, firmware or state contains…</source>
        <translation>Filtre : équipement, groupe, micrologiciel ou état contient…</translation>
    </message>
    <message>
        <source>What the Group column shows; sort by it to keep each group together.</source>
        <translation>Ce que montre la colonne Groupe ; triez sur elle pour garder chaque groupe ensemble.</translation>
    </message>
    <message>
        <source>Show in Explorer</source>
        <translation>Montrer dans l&apos;explorateur</translation>
    </message>
    <message>
        <source>Select the device&apos;s topics in the Explorer.</source>
        <translation>Sélectionner les topics de l&apos;équipement dans l&apos;explorateur.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>whole path</source>
        <translation>chemin entier</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>micrologiciel</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; devices &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;● &lt;b&gt;%2&lt;/b&gt; online&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#ef6c00&apos;&gt;◐ &lt;b&gt;%3&lt;/b&gt; stale&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;✕ &lt;b&gt;%4&lt;/b&gt; offline&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#757575&apos;&gt;○ &lt;b&gt;%5&lt;/b&gt; unknown&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; équipements &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;● &lt;b&gt;%2&lt;/b&gt; en ligne&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#ef6c00&apos;&gt;◐ &lt;b&gt;%3&lt;/b&gt; muets&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;✕ &lt;b&gt;%4&lt;/b&gt; hors ligne&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#757575&apos;&gt;○ &lt;b&gt;%5&lt;/b&gt; inconnus&lt;/span&gt;</translation>
    </message>
    <message>
        <source>(%1 more not tracked: the limit is 100,000)</source>
        <translation>(%1 de plus non suivis : la limite est de 100 000)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 not online)</source>
        <translation>%1 : %2 (%3 pas en ligne)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>and %1 more groups</source>
        <translation>et %1 groupes de plus</translation>
    </message>
    <message>
        <source>No device yet: devices appear with their status topics ({env}/{tenant}/{site}/{area}/{asset}/status, devices/{id}/status), any message under them, and Sparkplug B births.</source>
        <translation>Aucun équipement pour l&apos;instant : ils apparaissent avec leurs topics d&apos;état ({env}/{tenant}/{site}/{area}/{asset}/status, devices/{id}/status), tout message sous eux, et les naissances Sparkplug B.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a device to see its status history, its topics and its last status.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez un équipement pour voir l&apos;historique de son état, ses topics et son dernier état.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, depuis %2</translation>
    </message>
    <message>
        <source>Topics under</source>
        <translation>Topics sous</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnexions</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>%1 (%2/s)</source>
        <translation>%1 (%2/s)</translation>
    </message>
    <message>
        <source>bdSeq</source>
        <translation>bdSeq</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Dernier état</translation>
    </message>
    <message>
        <source>Status history (newest first)</source>
        <translation>Historique de l&apos;état (le plus récent d&apos;abord)</translation>
    </message>
    <message>
        <source>Topics seen</source>
        <translation>Topics vus</translation>
    </message>
    <message>
        <source>Request rebirth…</source>
        <translation>Demander une renaissance…</translation>
    </message>
    <message>
        <source>Ask the chosen Sparkplug B edge node to publish its birth again (NCMD Node Control/Rebirth); asks first.</source>
        <translation>Demander au nœud Sparkplug B choisi de publier de nouveau sa naissance (NCMD Node Control/Rebirth) ; demande confirmation d&apos;abord.</translation>
    </message>
    <message>
        <source>How devices are found in the topics, how their state is read, when they turn stale: a preset or rules of your own.</source>
        <translation>Comment les équipements sont trouvés dans les topics, comment leur état est lu, quand ils deviennent muets : un préréglage ou vos propres règles.</translation>
    </message>
    <message>
        <source>Device rules: %1…</source>
        <translation>Règles d&apos;équipements : %1…</translation>
    </message>
    <message>
        <source>Send command…</source>
        <translation>Envoyer une commande…</translation>
    </message>
    <message>
        <source>Open the Commands page&apos;s composer with the chosen devices as targets (choose several with Ctrl or Shift).</source>
        <translation>Ouvrir le compositeur de la page Commandes avec les appareils choisis comme cibles (plusieurs avec Ctrl ou Maj).</translation>
    </message>
</context>
<context>
    <name>deck::ui::MainWindow</name>
    <message>
        <source>MQTT Deck</source>
        <translation>MQTT Deck</translation>
    </message>
    <message>
        <source>MQTT Deck — %1</source>
        <translation>MQTT Deck — %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About MQTT Deck…</source>
        <translation>À &amp;propos de MQTT Deck…</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;New connection</source>
        <translation>&amp;Nouvelle connexion</translation>
    </message>
    <message>
        <source>&amp;Saved connections…</source>
        <translation>Connexions &amp;enregistrées…</translation>
    </message>
    <message>
        <source>&amp;Close connection</source>
        <translation>&amp;Fermer la connexion</translation>
    </message>
    <message>
        <source>Check &amp;connection…</source>
        <translation>&amp;Vérifier la connexion…</translation>
    </message>
    <message>
        <source>Security chec&amp;k…</source>
        <translation>Contrôle de sé&amp;curité…</translation>
    </message>
    <message>
        <source>Connect first: the checks run on the chosen connection&apos;s broker and identity.</source>
        <translation>Connectez-vous d&apos;abord : les vérifications portent sur le broker et l&apos;identité de la connexion choisie.</translation>
    </message>
</context>
<context>
    <name>deck::ui::MessageListModel</name>
    <message>
        <source>retained</source>
        <translation>retenu</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
</context>
<context>
    <name>deck::ui::MessagesPage</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop adding rows to read the list; the Explorer keeps counting.</source>
        <translation>Arrêter d&apos;ajouter des lignes pour lire la liste ; l&apos;Explorateur continue de compter.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>%L1 older rows have left the list.</source>
        <translation>%L1 lignes plus anciennes ont quitté la liste.</translation>
    </message>
    <message>
        <source>%L1 messages went by too fast to be listed (the Explorer counts them all).</source>
        <translation>%L1 messages sont passés trop vite pour être listés (l&apos;Explorateur les compte tous).</translation>
    </message>
    <message>
        <source>The newest %L1 messages (all topics together), oldest at the top.</source>
        <translation>Les %L1 messages les plus récents (tous topics confondus), le plus ancien en haut.</translation>
    </message>
    <message>
        <source>Filter: topic or payload contains… (Ctrl+F)</source>
        <translation>Filtre : le topic ou la charge utile contient… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Double-click a message to show its topic in the Explorer.</source>
        <translation>Double-cliquez sur un message pour afficher son topic dans l&apos;Explorateur.</translation>
    </message>
</context>
<context>
    <name>deck::ui::PayloadInspector</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n champ}</numerusform>
            <numerusform>{%n champs}</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Arbre JSON</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Tracer</translation>
    </message>
    <message>
        <source>Plot the selected field of the JSON tree, or the payload itself when it is a number, over time.</source>
        <translation>Tracer dans le temps le champ sélectionné de l&apos;arbre JSON, ou le payload lui-même s&apos;il s&apos;agit d&apos;un nombre.</translation>
    </message>
    <message>
        <source>Save payload…</source>
        <translation>Enregistrer le payload…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Plot this field</source>
        <translation>Tracer ce champ</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Affichage :</translation>
    </message>
    <message>
        <source>Select a topic to see its last message.</source>
        <translation>Sélectionnez un topic pour voir son dernier message.</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>(empty payload)</source>
        <translation>(payload vide)</translation>
    </message>
    <message>
        <source>Only the first %1 fields are shown.</source>
        <translation>Seuls les %1 premiers champs sont affichés.</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>Payload format: %1</source>
        <translation>Format du payload : %1</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>texte UTF-8</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>Message expiry: %1 s</source>
        <translation>Expiration du message : %1 s</translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation>Type de contenu : %1</translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation>Topic de réponse : %1</translation>
    </message>
    <message>
        <source>Correlation data: %1</source>
        <translation>Données de corrélation : %1</translation>
    </message>
    <message>
        <source>User property: %1 = %2</source>
        <translation>Propriété utilisateur : %1 = %2</translation>
    </message>
    <message>
        <source>Subscription identifiers: %1</source>
        <translation>Identifiants d&apos;abonnement : %1</translation>
    </message>
    <message>
        <source>Topic alias: %1</source>
        <translation>Alias de topic : %1</translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation>Enregistrer le payload</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 enregistrés dans %2.</translation>
    </message>
    <message>
        <source>How to show the payload. Automatic picks JSON, text, CBOR, MessagePack or hex from the bytes, and Sparkplug B on spBv1.0/ topics.</source>
        <translation>Comment afficher le payload. Automatique choisit JSON, texte, CBOR, MessagePack ou hexadécimal d&apos;après les octets, et Sparkplug B sur les topics spBv1.0/.</translation>
    </message>
    <message>
        <source>This payload is not JSON, CBOR, MessagePack or Sparkplug B: there is no tree to show.</source>
        <translation>Ce payload n&apos;est ni JSON, ni CBOR, ni MessagePack, ni Sparkplug B : il n&apos;y a pas d&apos;arbre à afficher.</translation>
    </message>
    <message>
        <source>Correlation data: &quot;%1&quot; (hex %2)</source>
        <translation>Données de corrélation : « %1 » (hex %2)</translation>
    </message>
</context>
<context>
    <name>deck::ui::PropertiesEditor</name>
    <message>
        <source>MQTT 5 properties</source>
        <translation>Propriétés MQTT 5</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>bytes (0)</source>
        <translation>octets (0)</translation>
    </message>
    <message>
        <source>UTF-8 text (1)</source>
        <translation>texte UTF-8 (1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>e.g. application/json</source>
        <translation>ex. application/json</translation>
    </message>
    <message>
        <source>where the receiver should answer</source>
        <translation>où le destinataire doit répondre</translation>
    </message>
    <message>
        <source>text, sent as bytes</source>
        <translation>texte, envoyé en octets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add user property</source>
        <translation>Ajouter une propriété utilisateur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>Format du payload</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>Expiration du message</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>Topic de réponse</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>Données de corrélation</translation>
    </message>
</context>
<context>
    <name>deck::ui::PublishPage</name>
    <message>
        <source>Retain</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Topic, e.g. prod/acme/paris/line-01/gw-001/cmd/reboot</source>
        <translation>Topic, ex. prod/acme/paris/line-01/gw-001/cmd/reboot</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexadécimal</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Format JSON</source>
        <translation>Mettre en forme le JSON</translation>
    </message>
    <message>
        <source>Payload (empty is allowed: with Retain it clears the topic&apos;s retained value)</source>
        <translation>Payload (vide permis : avec Retenu, il efface la valeur retenue du topic)</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Envoyer le message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>QoS / retain</source>
        <translation>QoS / retenu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Broker&apos;s answer</source>
        <translation>Réponse du broker</translation>
    </message>
    <message>
        <source>Double-click a message to load it into the form.</source>
        <translation>Double-cliquez sur un message pour le recharger dans le formulaire.</translation>
    </message>
    <message>
        <source>Resend selected</source>
        <translation>Renvoyer la sélection</translation>
    </message>
    <message>
        <source>Payload as</source>
        <translation>Payload en</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>Properties need MQTT 5; this connection uses MQTT 3.1.1.</source>
        <translation>Les propriétés demandent MQTT 5 ; cette connexion utilise MQTT 3.1.1.</translation>
    </message>
    <message>
        <source>Type the topic to publish to.</source>
        <translation>Saisissez le topic sur lequel publier.</translation>
    </message>
    <message>
        <source>Connect first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>, retained</source>
        <translation>, retenu</translation>
    </message>
    <message>
        <source>Sent to %1 (QoS 0: the broker does not answer).</source>
        <translation>Envoyé sur %1 (QoS 0 : le broker ne répond pas).</translation>
    </message>
    <message>
        <source>Sent to %1; waiting for the broker&apos;s answer…</source>
        <translation>Envoyé sur %1 ; en attente de la réponse du broker…</translation>
    </message>
    <message>
        <source>%1 — broker&apos;s answer: %2</source>
        <translation>%1 — réponse du broker : %2</translation>
    </message>
    <message>
        <source>Sent messages to %1</source>
        <translation>Messages envoyés à %1</translation>
    </message>
    <message>
        <source>Publish on a production connection?</source>
        <translation>Publier sur une connexion de production ?</translation>
    </message>
    <message>
        <source>%1 is marked as production. Publish to %2 (QoS %3%4)?</source>
        <translation>%1 est marquée comme production. Publier sur %2 (QoS %3%4) ?</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Non envoyé : annulé.</translation>
    </message>
</context>
<context>
    <name>deck::ui::RetainedModel</name>
    <message>
        <source>retained command (a reconnecting device would replay it)</source>
        <translation>commande retenue (un équipement qui se reconnecte la rejouerait)</translation>
    </message>
    <message>
        <source>retained telemetry</source>
        <translation>télémétrie retenue</translation>
    </message>
    <message>
        <source>large</source>
        <translation>volumineux</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Anti-patterns</source>
        <translation>Travers</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
</context>
<context>
    <name>deck::ui::RetainedPage</name>
    <message>
        <source>Only anti-patterns</source>
        <translation>Seulement les travers</translation>
    </message>
    <message>
        <source>Clear selected…</source>
        <translation>Effacer la sélection…</translation>
    </message>
    <message>
        <source>Subtree: topics starting with… (e.g. prod/acme/)</source>
        <translation>Sous-arbre : topics commençant par… (p. ex. prod/acme/)</translation>
    </message>
    <message>
        <source>Publish an empty retained message to each selected topic, after asking; what was cleared is recorded in the journal.</source>
        <translation>Publier un message retenu vide sur chaque topic choisi, après confirmation ; ce qui est effacé est consigné dans le journal.</translation>
    </message>
    <message numerus="yes">
        <source>%n retained value(s)</source>
        <translation>
            <numerusform>%n valeur retenue</numerusform>
            <numerusform>%n valeurs retenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an anti-pattern</source>
        <translation>
            <numerusform>%n avec un travers</numerusform>
            <numerusform>%n avec un travers</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 more not listed)</source>
        <translation>(%1 de plus non listées)</translation>
    </message>
    <message>
        <source>Select the retained values to clear first.</source>
        <translation>Choisissez d&apos;abord les valeurs retenues à effacer.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Clear retained values</source>
        <translation>Effacer des valeurs retenues</translation>
    </message>
    <message numerus="yes">
        <source>Clear the retained value of %n topic(s)?

%1

The broker will stop sending them to new subscribers. A record is kept in %2.</source>
        <translation>
            <numerusform>Effacer la valeur retenue de %n topic ?

%1

Le broker cessera de l&apos;envoyer aux nouveaux abonnés. Une trace est gardée dans %2.</numerusform>
            <numerusform>Effacer la valeur retenue de %n topics ?

%1

Le broker cessera de les envoyer aux nouveaux abonnés. Une trace est gardée dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n retained value(s).</source>
        <translation>
            <numerusform>%n valeur retenue effacée.</numerusform>
            <numerusform>%n valeurs retenues effacées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared %1 retained values; %2 failed: %3</source>
        <translation>%1 valeurs retenues effacées ; %2 en échec : %3</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source>Large above </source>
        <translation>Volumineux au-delà de </translation>
    </message>
    <message>
        <source>A retained value larger than this is flagged &quot;large&quot;: every reconnecting subscriber receives it again.</source>
        <translation>Une valeur retenue plus grande est signalée « volumineuse » : chaque abonné qui se reconnecte la reçoit de nouveau.</translation>
    </message>
</context>
<context>
    <name>deck::ui::RunCheck</name>
    <message>
        <source>Qt has no TLS backend (available: %1)</source>
        <translation>Qt n&apos;a pas de module TLS (disponibles : %1)</translation>
    </message>
    <message>
        <source>the window is not connected (state: %1)</source>
        <translation>la fenêtre n&apos;est pas connectée (état : %1)</translation>
    </message>
    <message>
        <source>the explorer holds the status of %1 of %2 devices</source>
        <translation>l&apos;explorateur a l&apos;état de %1 appareils sur %2</translation>
    </message>
    <message>
        <source>the explorer&apos;s tree shows no row</source>
        <translation>l&apos;arbre de l&apos;explorateur n&apos;affiche aucune ligne</translation>
    </message>
    <message>
        <source>messages are not arriving (%1 received so far)</source>
        <translation>les messages n&apos;arrivent pas (%1 reçus jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>the window painted nothing</source>
        <translation>la fenêtre n&apos;a rien dessiné</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>impossible d&apos;écrire la capture dans %1</translation>
    </message>
    <message>
        <source>the window is connected and shows the live fleet: %1 devices&apos; status, %2 topics, %3 messages (Qt %4, TLS backend %5); screenshot saved to %6</source>
        <translation>la fenêtre est connectée et montre la flotte en direct : état de %1 appareils, %2 topics, %3 messages (Qt %4, module TLS %5) ; capture enregistrée dans %6</translation>
    </message>
    <message>
        <source>after %1 s, %2</source>
        <translation>après %1 s, %2</translation>
    </message>
</context>
<context>
    <name>deck::ui::ScreenshotTour</name>
    <message>
        <source>the live tree and a telemetry topic&apos;s JSON</source>
        <translation>l&apos;arbre en direct et le JSON d&apos;un topic de télémesure</translation>
    </message>
    <message>
        <source>the same payload as a JSON tree</source>
        <translation>le même payload en arbre JSON</translation>
    </message>
    <message>
        <source>the diff against the previous message</source>
        <translation>les différences avec le message précédent</translation>
    </message>
    <message>
        <source>search with an MQTT filter</source>
        <translation>recherche avec un filtre MQTT</translation>
    </message>
    <message>
        <source>an alarm payload as a hex dump</source>
        <translation>le payload d&apos;une alarme en vidage hexadécimal</translation>
    </message>
    <message>
        <source>the live message feed</source>
        <translation>le flux des messages en direct</translation>
    </message>
    <message>
        <source>three telemetry values plotted over time</source>
        <translation>trois valeurs de télémesure tracées dans le temps</translation>
    </message>
    <message>
        <source>a command composed with MQTT 5 properties and sent</source>
        <translation>une commande composée avec des propriétés MQTT 5 et envoyée</translation>
    </message>
    <message>
        <source>saved connections: a production profile, its colour tag and a problem found in it</source>
        <translation>connexions enregistrées : un profil de production, son étiquette de couleur et un problème trouvé</translation>
    </message>
    <message>
        <source>a Sparkplug B birth certificate decoded: metrics, aliases, datatypes</source>
        <translation>un certificat de naissance Sparkplug B décodé : métriques, alias, types</translation>
    </message>
    <message>
        <source>a second connection beside the first, subscribed to the Sparkplug namespace</source>
        <translation>une deuxième connexion à côté de la première, abonnée à l&apos;espace de noms Sparkplug</translation>
    </message>
    <message>
        <source>the fleet: every device&apos;s state, by group, and a Sparkplug node&apos;s detail</source>
        <translation>la flotte : l&apos;état de chaque équipement, par groupe, et le détail d&apos;un nœud Sparkplug</translation>
    </message>
    <message>
        <source>the retained values the broker keeps, and their anti-patterns</source>
        <translation>les valeurs retenues que garde le broker, et leurs travers</translation>
    </message>
    <message>
        <source>device rules of your own: how the Fleet page finds devices in other topic shapes</source>
        <translation>vos propres règles d&apos;équipements : comment la page Flotte trouve les équipements dans d&apos;autres formes de topics</translation>
    </message>
    <message>
        <source>commands followed to their outcome: done, rejected, timed out, with a timeline</source>
        <translation>des commandes suivies jusqu&apos;à leur issue : terminée, rejetée, sans réponse à temps, avec une chronologie</translation>
    </message>
    <message>
        <source>firmware 1.8.2 rollout</source>
        <translation>déploiement du micrologiciel 1.8.2</translation>
    </message>
</context>
<context>
    <name>deck::ui::SecretPrompt</name>
    <message>
        <source>Remember until MQTT Deck closes (never written to disk)</source>
        <translation>Retenir jusqu&apos;à la fermeture de MQTT Deck (jamais écrit sur disque)</translation>
    </message>
</context>
<context>
    <name>deck::ui::SecurityCheckDialog</name>
    <message>
        <source>✓ pass</source>
        <translation>✓ réussi</translation>
    </message>
    <message>
        <source>✗ FAIL</source>
        <translation>✗ ÉCHEC</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? inconnu</translation>
    </message>
    <message>
        <source>– n/a</source>
        <translation>– sans objet</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Lancer les vérifications</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Security check — %1</source>
        <translation>Contrôle de sécurité — %1</translation>
    </message>
    <message>
        <source>a topic of another device, e.g. devices/other-device/status</source>
        <translation>un topic d&apos;un autre équipement, p. ex. devices/other-device/status</translation>
    </message>
    <message>
        <source>a command topic, e.g. devices/this-device/commands/reboot</source>
        <translation>un topic de commande, p. ex. devices/this-device/commands/reboot</translation>
    </message>
    <message>
        <source>optional: a second account that may read and write</source>
        <translation>facultatif : un second compte qui peut lire et écrire</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Another device&apos;s topic</source>
        <translation>Topic d&apos;un autre équipement</translation>
    </message>
    <message>
        <source>Command topic</source>
        <translation>Topic de commande</translation>
    </message>
    <message>
        <source>Observer user name</source>
        <translation>Nom d&apos;utilisateur de l&apos;observateur</translation>
    </message>
    <message>
        <source>Observer password</source>
        <translation>Mot de passe de l&apos;observateur</translation>
    </message>
    <message>
        <source>Certificates expire within</source>
        <translation>Certificats expirant dans</translation>
    </message>
    <message>
        <source>Checks what the identity of this connection (%1 on %2:%3) may do, as an operator&apos;s acceptance test: anonymous access, plaintext beside TLS, # and $SYS/#, another device&apos;s namespace, a command topic, an oversized payload, certificate expiry. The probe messages are never retained; an observer makes the delivery evidence possible.</source>
        <translation>Vérifie ce que l&apos;identité de cette connexion (%1 sur %2:%3) peut faire, comme le test de recette d&apos;un opérateur : accès anonyme, clair à côté de TLS, # et $SYS/#, espace de noms d&apos;un autre équipement, topic de commande, contenu trop volumineux, expiration des certificats. Les messages de sonde ne sont jamais retenus ; un observateur rend possible la preuve par livraison.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Checking… (up to a minute: deliveries are waited for)</source>
        <translation>Vérification… (jusqu&apos;à une minute : les livraisons sont attendues)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: choose one to read its evidence in full.</source>
        <translation>
            <numerusform>%n vérification a échoué : choisissez-la pour lire sa preuve en entier.</numerusform>
            <numerusform>%n vérifications ont échoué : choisissez-en une pour lire sa preuve en entier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing failed, but %n check(s) could not be established (give an observer for the delivery evidence).</source>
        <translation>
            <numerusform>Rien n&apos;a échoué, mais %n vérification n&apos;a pas pu être établie (donnez un observateur pour la preuve par livraison).</numerusform>
            <numerusform>Rien n&apos;a échoué, mais %n vérifications n&apos;ont pas pu être établies (donnez un observateur pour la preuve par livraison).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>(the field &quot;Another device&apos;s topic&quot;)</source>
        <translation>(le champ « Topic d&apos;un autre équipement »)</translation>
    </message>
    <message>
        <source>(the field &quot;Command topic&quot;)</source>
        <translation>(le champ « Topic de commande »)</translation>
    </message>
    <message>
        <source>Security check of %1 (%2:%3, %4), %5

</source>
        <translation>Contrôle de sécurité de %1 (%2:%3, %4), %5

</translation>
    </message>
    <message>
        <source>Export the security report</source>
        <translation>Exporter le rapport de sécurité</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON lines (*.jsonl)</source>
        <translation>Texte (*.txt);;Lignes JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>deck::ui::TopicFilterBar</name>
    <message>
        <source>Topic contains</source>
        <translation>Le topic contient</translation>
    </message>
    <message>
        <source>MQTT filter (+ #)</source>
        <translation>Filtre MQTT (+ #)</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Payload contains</source>
        <translation>Le payload contient</translation>
    </message>
    <message>
        <source>Search topics (Ctrl+F)</source>
        <translation>Rechercher des topics (Ctrl+F)</translation>
    </message>
    <message>
        <source>e.g. prod/+/+/+/+/status</source>
        <translation>ex. prod/+/+/+/+/status</translation>
    </message>
    <message>
        <source>first %1 matches shown (of %2 topics)</source>
        <translation>%1 premiers résultats affichés (sur %2 topics)</translation>
    </message>
    <message>
        <source>%1 matching topics (of %2)</source>
        <translation>%1 topics trouvés (sur %2)</translation>
    </message>
</context>
<context>
    <name>deck::ui::TopicInspector</name>
    <message>
        <source>Show latest</source>
        <translation>Afficher le dernier</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>The topic&apos;s recent messages, newest first. Select one to inspect it and compare it with the one before.</source>
        <translation>Les messages récents du topic, du plus récent au plus ancien. Sélectionnez-en un pour l&apos;inspecter et le comparer au précédent.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Diff with previous</source>
        <translation>Différences avec le précédent</translation>
    </message>
    <message>
        <source>Messages here and below: %1 — to this topic: %2 — %3/s</source>
        <translation>Messages ici et en dessous : %1 — sur ce topic : %2 — %3/s</translation>
    </message>
    <message>
        <source>Payload sizes: min %1, average %2, max %3 — first seen %4</source>
        <translation>Tailles du payload : min %1, moyenne %2, max %3 — vu pour la première fois %4</translation>
    </message>
    <message>
        <source>No message was published to this level itself.</source>
        <translation>Aucun message n&apos;a été publié sur ce niveau lui-même.</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>dup</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>Showing the message received at %1, not the latest.</source>
        <translation>Affichage du message reçu à %1, pas du dernier.</translation>
    </message>
    <message>
        <source>There is no earlier message of this topic to compare with.</source>
        <translation>Ce topic n&apos;a pas de message antérieur à comparer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n change(s)</source>
        <translation>
            <numerusform>%1 → %2 : %n changement</numerusform>
            <numerusform>%1 → %2 : %n changements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deck::ui::TopicTreeModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>(empty level)</source>
        <translation>(niveau vide)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
</context>
<context>
    <name>deck::ui::TraceModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>FERMÉE</translation>
    </message>
    <message>
        <source>MALFORMED</source>
        <translation>MALFORMÉ</translation>
    </message>
    <message>
        <source>→ out</source>
        <translation>→ sortant</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← entrant</translation>
    </message>
    <message>
        <source>CLOSED by the client</source>
        <translation>FERMÉE par le client</translation>
    </message>
    <message>
        <source>CLOSED by the broker</source>
        <translation>FERMÉE par le broker</translation>
    </message>
    <message>
        <source>dup</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>retain</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>session present</source>
        <translation>session présente</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 après %2</translation>
    </message>
    <message>
        <source>answers %1 (%2)</source>
        <translation>répond à %1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Topic or filters</source>
        <translation>Topic ou filtres</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Reason codes</source>
        <translation>Codes de raison</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>deck::ui::TracePage</name>
    <message>
        <source>Record packets (reconnects)</source>
        <translation>Enregistrer les paquets (reconnexion)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>every packet</source>
        <translation>tous les paquets</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>malformés</translation>
    </message>
    <message>
        <source>MALFORMED</source>
        <translation>MALFORMÉ</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>connexion fermée</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>FERMÉE</translation>
    </message>
    <message>
        <source>Topic or filter contains…</source>
        <translation>Le topic ou le filtre contient…</translation>
    </message>
    <message>
        <source>Packet id</source>
        <translation>Id de paquet</translation>
    </message>
    <message>
        <source>Open this connection again through a relay that records every packet both ways (the topic tree and the feed start afresh). Off, the trace costs nothing.</source>
        <translation>Ouvrir de nouveau cette connexion à travers un relais qui enregistre chaque paquet dans les deux sens (l&apos;arbre des topics et le flux repartent de zéro). Désactivée, la trace ne coûte rien.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) recorded</source>
        <translation>
            <numerusform>%n paquet enregistré</numerusform>
            <numerusform>%n paquets enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n let go (the trace keeps the newest %1)</source>
        <translation>
            <numerusform> — %n abandonné (la trace garde les %1 plus récents)</numerusform>
            <numerusform> — %n abandonnés (la trace garde les %1 plus récents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a packet to see its decoded fields and its bytes. Double-click one to go to its answer, or to the request it answers.</source>
        <translation>Choisissez un paquet pour voir ses champs décodés et ses octets. Un double-clic mène à sa réponse, ou à la requête à laquelle il répond.</translation>
    </message>
    <message>
        <source>Paired with the packet in row %1, %2 ms apart.

</source>
        <translation>Apparié au paquet de la ligne %1, à %2 ms d&apos;écart.

</translation>
    </message>
    <message numerus="yes">
        <source>Bytes (%n, secrets masked):</source>
        <translation>
            <numerusform>Octets (%n, secrets masqués) :</numerusform>
            <numerusform>Octets (%n, secrets masqués) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the packet trace</source>
        <translation>Exporter la trace des paquets</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>Lignes JSON (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) written to %1.</source>
        <translation>
            <numerusform>%n paquet écrit dans %1.</numerusform>
            <numerusform>%n paquets écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packet recording is off for this connection: it costs nothing then. “Record packets” opens the connection again through a recording relay (TCP, TLS, WebSockets).</source>
        <translation>L&apos;enregistrement des paquets est désactivé pour cette connexion : il ne coûte alors rien. « Enregistrer les paquets » ouvre de nouveau la connexion à travers un relais d&apos;enregistrement (TCP, TLS, WebSockets).</translation>
    </message>
</context>
</TS>
