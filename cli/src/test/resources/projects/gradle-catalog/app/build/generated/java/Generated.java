import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

class Generated {
    Object c = ManagedChannelBuilder.forTarget("dns:///x:1").keepAliveTime(1, TimeUnit.SECONDS).build();
}
